import { useState } from 'react'
import { useT } from '../lib/i18n/locale'
import { readingMessages as messages } from '../lib/reading/messages'
import './offline/offline.css'

const okLabel = { zh: { ok: '知道了' }, en: { ok: 'OK' } }

/** Says once, calmly, that read marks cannot be kept on this device. */
export function ReadingNotice() {
  const t = useT(messages)
  const ok = useT(okLabel)
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  return (
    <div className="update-prompt reading-notice" role="status">
      <span>{t('notKept')}</span>
      <button type="button" className="update-prompt__reload" onClick={() => setDismissed(true)}>
        {ok('ok')}
      </button>
    </div>
  )
}
