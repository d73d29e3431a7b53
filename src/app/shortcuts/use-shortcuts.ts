import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { isTyping } from '../../lib/keyboard/is-typing'

type Handler = (e: KeyboardEvent) => void

/**
 * Installs the keyboard shortcuts. Their code (shortcut-handler.ts) loads with the first key that
 * could be one, which it then handles: the home page's JavaScript does not carry it.
 */
export function useShortcuts(onHelp: () => void) {
  const navigate = useNavigate()
  const help = useRef(onHelp)
  useEffect(() => {
    help.current = onHelp
  })
  useEffect(() => {
    let handler: Handler | undefined
    let loading: Promise<unknown> | undefined
    const onKey = (e: KeyboardEvent) => {
      if (handler) return handler(e)
      if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      loading ??= import('./shortcut-handler')
        .then((m) => {
          handler = m.createShortcutHandler(navigate, () => help.current())
          handler(e)
        })
        // Offline without the chunk: no shortcuts until it can load.
        .catch(() => (loading = undefined))
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [navigate])
}
