import type { KeyboardEvent, ReactNode } from 'react'
import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'

interface Props {
  label: string
  value: string
  /** Set when the filter narrows the search: the chip is marked. */
  active: boolean
  children: ReactNode
}

/**
 * A chip that opens a small popover (a `details`): Esc or a click outside closes it. What it holds
 * is rendered only while open: the category tree alone is a thousand links.
 */
export function FilterChip({ label, value, active, children }: Props) {
  const root = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  // A choice made in the popover navigates: close it then, and hand focus back to the chip.
  const { key } = useLocation()
  useEffect(() => {
    const el = root.current
    if (!el?.open) return
    const hadFocus = el.contains(document.activeElement)
    el.open = false
    if (hadFocus) el.querySelector('summary')?.focus()
  }, [key])
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const el = root.current
      if (el?.open && !el.contains(e.target as Node)) el.open = false
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [])
  const onKeyDown = (e: KeyboardEvent) => {
    const el = root.current
    if (e.key !== 'Escape' || !el?.open) return
    el.open = false
    el.querySelector('summary')?.focus()
  }
  return (
    <details
      className={active ? 'chip active' : 'chip'}
      ref={root}
      onKeyDown={onKeyDown}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <span className="chip-label">{label}</span> {value}
      </summary>
      <div className="chip-popover">{open && children}</div>
    </details>
  )
}
