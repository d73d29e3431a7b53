import { Link, NavLink } from 'react-router'
import { OfflineIndicator } from '../components/offline/components/offline-indicator'
import { SettingsMenu } from '../features/settings/components/settings-menu'
import { useT } from '../lib/i18n/locale'
import { paths } from '../lib/paths'
import { messages } from './messages'

interface Props {
  title: string
  /** On narrow screens the category tree is a drawer opened from here. */
  menu?: { open: boolean; onOpen: () => void }
  /** The site's language, for the title. */
  lang?: string
}

export function Masthead({ title, menu, lang }: Props) {
  const t = useT(messages)
  return (
    <header className="masthead">
      <div className="masthead-inner">
        {menu && (
          <button
            type="button"
            className="icon-button menu-button"
            aria-haspopup="dialog"
            aria-expanded={menu.open}
            aria-controls="category-drawer"
            onClick={menu.onOpen}
          >
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
              <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span className="visually-hidden">{t('openCategories')}</span>
          </button>
        )}
        <Link to={paths.home()} className="site-title" lang={lang}>
          {title}
        </Link>
        <nav className="masthead-nav" aria-label={t('site')}>
          <NavLink to={paths.archive()}>{t('archive')}</NavLink>
        </nav>
        <OfflineIndicator />
        <SettingsMenu />
      </div>
    </header>
  )
}
