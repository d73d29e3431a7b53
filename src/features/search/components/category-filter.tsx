import { Link } from '../../../components/link'
import type { CategoryNode } from '../../../bundle/format'
import { useEntry } from '../../../lib/api/get-entry'
import { useTree } from '../../../lib/api/get-tree'
import { isPathPrefix } from '../../../lib/category-tree'
import type { SearchParams } from '../../../lib/core/paths'
import { paths } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { IN_PLACE } from '../../../lib/navigation-state'
import { messages } from '../messages'

interface Props {
  params: SearchParams
}

/** The category tree as links that set the filter; a node stands for its whole subtree. */
export function CategoryFilter({ params }: Props) {
  const t = useT(messages)
  const { tree: hash, site } = useEntry()
  const { roots } = useTree(hash)
  const current = params.category ?? []
  const href = (category?: string[]) => paths.search({ ...params, category, page: undefined })
  const node = (n: CategoryNode, path: string[]) => {
    const selected = current.length === path.length && isPathPrefix(path, current)
    return (
      <li key={n.name}>
        <Link
          to={href(path)}
          state={IN_PLACE}
          aria-current={selected ? 'true' : undefined}
          lang={site.language}
        >
          {n.name} <span className="count">{n.n}</span>
        </Link>
        {n.children.length > 0 && <ul>{n.children.map((c) => node(c, [...path, c.name]))}</ul>}
      </li>
    )
  }
  return (
    <nav className="category-filter" aria-label={t('category')}>
      <ul>
        <li>
          <Link
            to={href(undefined)}
            state={IN_PLACE}
            aria-current={current.length === 0 ? 'true' : undefined}
          >
            {t('allCategories')}
          </Link>
        </li>
        {roots.map((r) => node(r, [r.name]))}
      </ul>
    </nav>
  )
}
