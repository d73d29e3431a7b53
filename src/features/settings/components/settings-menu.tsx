import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { useT } from '../../../lib/i18n/locale'
import { menuMessages } from '../menu-messages'

const loadPanel = () => import('./settings-panel')
// Loaded on first use (or when the pointer comes near), keeping it out of the first page's JavaScript.
const SettingsPanel = lazy(() => loadPanel().then((m) => ({ default: m.SettingsPanel })))

/** The masthead's settings button and its panel: Esc or a click outside closes it, focus returns to the button. */
export function SettingsMenu() {
  const t = useT(menuMessages)
  const { pathname } = useLocation()
  // Remembers where it was opened, so any navigation closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null)
  const open = openAt === pathname
  const setOpen = (value: boolean) => setOpenAt(value ? pathname : null)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpenAt(null)
        button.current?.focus()
      }
    }
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenAt(null)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  return (
    <div className="settings-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.6" fill="none" />
          <circle cx="7" cy="5" r="1.8" fill="var(--bg)" stroke="currentColor" strokeWidth="1.6" />
          <circle
            cx="13"
            cy="10"
            r="1.8"
            fill="var(--bg)"
            stroke="currentColor"
            strokeWidth="1.6"
          />
          <circle cx="8" cy="15" r="1.8" fill="var(--bg)" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span className="icon-button-label">{t('settings')}</span>
      </button>
      <div
        id={panelId}
        className="settings-popover"
        role="group"
        aria-label={t('settings')}
        hidden={!open}
      >
        {open && (
          <Suspense fallback={<div className="settings-loading" />}>
            <SettingsPanel />
          </Suspense>
        )}
      </div>
    </div>
  )
}
