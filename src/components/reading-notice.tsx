import { useState } from 'react'
import { useT } from '../lib/i18n/locale'
import './offline/offline.css'

// Only here: the notice loads on its own, when it is needed.
const messages = {
  zh: { notKept: '这台设备没有为本站保存数据的空间，已读标记只在这次浏览中有效。', ok: '知道了' },
  en: {
    notKept: 'This device keeps no data for this site, so read marks last only for this visit.',
    ok: 'OK',
  },
}

/** Says once, calmly, that read marks cannot be kept on this device. */
export function ReadingNotice() {
  const t = useT(messages)
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  return (
    <div className="update-prompt reading-notice" role="status">
      <span>{t('notKept')}</span>
      <button type="button" className="update-prompt__reload" onClick={() => setDismissed(true)}>
        {t('ok')}
      </button>
    </div>
  )
}
