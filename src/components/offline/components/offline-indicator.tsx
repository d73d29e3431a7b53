import { useT } from '../../../lib/i18n/locale'
import { statusMessages } from '../status-messages'
import { useOnline } from '../use-online'
import '../offline.css'

/** A quiet mark in the masthead while the browser is offline; nothing at all otherwise. */
export function OfflineIndicator() {
  const t = useT(statusMessages)
  const online = useOnline()
  return (
    <span className="offline-indicator" role="status" title={online ? undefined : t('offlineHint')}>
      {online ? '' : t('offline')}
    </span>
  )
}
