import { useT } from '../../../lib/i18n/locale'
import { statusMessages } from '../status-messages'
import '../offline.css'

/** Shown when a new version is waiting; it takes over only when the reader says so. */
export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  const t = useT(statusMessages)
  return (
    <div className="update-prompt" role="status">
      <span>{t('updateReady')} –</span>
      <button type="button" className="update-prompt__reload" onClick={onReload}>
        {t('reload')}
      </button>
    </div>
  )
}
