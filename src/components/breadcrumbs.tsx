import { Link } from './link'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'

export interface Crumb {
  label: string
  href: string
}

const messages: Messages<'label'> = { zh: { label: '当前位置' }, en: { label: 'Breadcrumb' } }

/** Ancestors as links, the current page last and unlinked. */
export function Breadcrumbs({ items, current }: { items: Crumb[]; current: string }) {
  const t = useT(messages)
  return (
    <nav className="breadcrumbs" aria-label={t('label')}>
      <ol>
        {items.map((c) => (
          <li key={c.href}>
            <Link to={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
