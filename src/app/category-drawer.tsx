import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { SectionBoundary } from '../components/section-boundary'
import { TreeSkeleton } from '../components/skeletons'
import { useT } from '../lib/i18n/locale'
import { messages } from './messages'

/**
 * The category tree on narrow screens. A modal <dialog> makes the page behind it inert
 * (so focus stays inside), closes on Esc, and gives focus back to the menu button.
 * The layout hands it the tree (lazy-parts loads this drawer, so it cannot import the tree from there).
 */
export function CategoryDrawer({
  open,
  onClose,
  children,
}: {
  open: boolean
  onClose: () => void
  children: ReactNode
}) {
  const t = useT(messages)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      id="category-drawer"
      className="drawer"
      aria-labelledby="category-drawer-title"
      onClose={onClose}
      // The dialog element itself is only hit on the backdrop: its content fills it.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="drawer-panel">
        <div className="drawer-head">
          <h2 id="category-drawer-title">{t('categories')}</h2>
          <button type="button" className="icon-button" onClick={onClose}>
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
              <path d="M4 4l10 10M14 4 4 14" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span className="visually-hidden">{t('close')}</span>
          </button>
        </div>
        {open && <SectionBoundary fallback={<TreeSkeleton />}>{children}</SectionBoundary>}
      </div>
    </dialog>
  )
}
