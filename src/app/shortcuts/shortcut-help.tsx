import type { KeyboardEvent } from 'react'
import { Fragment, useEffect, useRef } from 'react'
import { useT } from '../../lib/i18n/locale'
import { helpMessages as messages } from './messages'
import { SHORTCUTS } from './shortcut-keys'
import '../../components/pill-button.css'
import './shortcut-help.css'

/** A modal dialog keeps the page inert but lets Tab leave for the browser's own UI: wrap instead. */
function trapTab(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return
  const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('button, [href], [tabindex]')]
  const first = focusable[0]
  const last = focusable.at(-1)
  if (!first || !last) return
  if (e.shiftKey ? document.activeElement === first : document.activeElement === last) {
    e.preventDefault()
    ;(e.shiftKey ? last : first).focus()
  }
}

/**
 * The list of shortcuts, in a modal <dialog>: the page behind is inert, Tab stays inside,
 * Escape closes it, and focus goes back to where it was.
 */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT(messages)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      className="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onClose={onClose}
      onKeyDown={trapTab}
      onClick={(e) => e.target === e.currentTarget && ref.current?.close()}
    >
      <div className="shortcut-help__panel">
        <h2 id="shortcut-help-title">{t('title')}</h2>
        <dl className="shortcut-help__list">
          {SHORTCUTS.map(({ keys, action }) => (
            <div key={keys}>
              <dt>
                {keys.split(' ').map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && <span className="shortcut-help__then"> {t('then')} </span>}
                    <kbd>{key}</kbd>
                  </Fragment>
                ))}
              </dt>
              <dd>{t(action)}</dd>
            </div>
          ))}
        </dl>
        <p className="shortcut-help__note">{t('off')}</p>
        <button type="button" className="pill-button" onClick={() => ref.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  )
}
