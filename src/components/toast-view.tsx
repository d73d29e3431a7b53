import { useEffect, useRef, useState } from 'react'
import type { Toast } from '../lib/toast'
import { showToast } from '../lib/toast'
import './offline/offline.css'

/** Long enough to reach the undo; hovering or focusing the toast holds it. */
const SHOW_MS = 10_000

/** The toast itself, loaded with the first one. Escape or the action dismisses it. */
export function ToastView({ toast }: { toast: Toast }) {
  const [held, setHeld] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (held) return
    const timer = setTimeout(() => showToast(undefined), SHOW_MS)
    return () => clearTimeout(timer)
  }, [toast, held])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && showToast(undefined)
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  const { action } = toast
  return (
    <div
      ref={root}
      className="update-prompt toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => root.current?.contains(e.relatedTarget) || setHeld(false)}
    >
      <span>{toast.message}</span>
      {action && (
        <button
          type="button"
          className="update-prompt__reload"
          onClick={() => {
            action.run()
            showToast(undefined)
          }}
        >
          {action.label}
        </button>
      )}
    </div>
  )
}
