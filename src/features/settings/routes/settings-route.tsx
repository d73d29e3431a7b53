import { PageHeading } from '../../../components/page-heading'
import { useT } from '../../../lib/i18n/locale'
import { menuMessages } from '../menu-messages'
import { SettingsPanel } from '../components/settings-panel'

export function Component() {
  const t = useT(menuMessages)
  return (
    <div className="settings-page">
      <PageHeading title={t('settings')}>{t('settings')}</PageHeading>
      <SettingsPanel />
    </div>
  )
}
