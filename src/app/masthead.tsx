import { useLocation } from 'react-router'
import { Link } from '../components/link'
import { OfflineIndicator } from '../components/offline/components/offline-indicator'
import { SearchField } from '../features/search/components/search-field'
import { SettingsMenu } from '../features/settings/components/settings-menu'
import { useT } from '../lib/i18n/locale'
import { paths } from '../lib/core/paths'
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
  // Not NavLink: its view-transition support costs the home page about 0.5 KB of JavaScript.
  const { pathname } = useLocation()
  const inArchive = pathname === paths.archive() || pathname.startsWith(`${paths.archive()}/`)
  const inTags = pathname === paths.tags() || pathname.startsWith('/tag/')
  // On a phone the search page is a full-screen search: its field takes the whole bar.
  const searching = pathname === paths.search()
  return (
    <header className={searching ? 'masthead searching' : 'masthead'}>
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
        <SearchField />
        <nav className="masthead-nav" aria-label={t('site')}>
          <Link
            to={paths.archive()}
            className={inArchive ? 'active' : undefined}
            aria-current={inArchive ? 'page' : undefined}
          >
            {t('archive')}
          </Link>
          <Link
            to={paths.tags()}
            className={inTags ? 'active' : undefined}
            aria-current={inTags ? 'page' : undefined}
          >
            {t('tags')}
          </Link>
        </nav>
        <OfflineIndicator />
        <SettingsMenu />
      </div>
    </header>
  )
}
