import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { Link } from '../../../components/link'
import { Breadcrumbs } from '../../../components/breadcrumbs'
import { ListView } from '../../../components/list-view'
import { PageHeading } from '../../../components/page-heading'
import { ListFeeds } from '../../../components/feeds/lazy-feed-menu'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { findCategoryList } from '../../../lib/api/get-category-list'
import { useT } from '../../../lib/i18n/locale'
import { ensureListPage } from '../../../lib/load-list'
import { notFound } from '../../../lib/not-found'
import { appPathname, parseCategoryPathname, paths } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'
import { messages } from '../messages'
import { SaveForOffline } from '../../../components/offline/components/save-for-offline'
import '../../../components/chip-list.css'

export async function loader({ request }: LoaderFunctionArgs) {
  // The raw pathname, not the splat param: the router turns an encoded `/` in a name into a separator.
  const path = parseCategoryPathname(appPathname(request.url))
  if (!path) throw notFound('category')
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  const found = await findCategoryList(queryClient, entry, path)
  if (!found) throw notFound('category')
  const list = await ensureListPage(
    queryClient,
    found.list,
    entry.pageSize,
    request.url,
    paths.category(path),
  )
  const children = found.node.children.map((c) => ({ name: c.name, count: c.n }))
  return { ...list, path, children }
}

export function Component() {
  const t = useT(messages)
  const data = useLoaderData<typeof loader>()
  const { path, children } = data
  const name = path.at(-1) ?? ''
  const ancestors = path
    .slice(0, -1)
    .map((n, i) => ({ label: n, href: paths.category(path.slice(0, i + 1)) }))
  return (
    <ListView
      params={data}
      context={{ kind: 'category', path }}
      pageHref={(p) => paths.category(path, p)}
      heading={
        <>
          <Breadcrumbs
            items={[{ label: t('home'), href: paths.home() }, ...ancestors]}
            current={name}
          />
          <PageHeading title={data.page > 1 ? t('page', { name, n: data.page }) : path.join(' › ')}>
            {name}
          </PageHeading>
          <ListFeeds path={path} name={name} />
        </>
      }
    >
      <SaveForOffline key={data.list.h} list={data.list} />
      {children.length > 0 && (
        <nav className="subcategories" aria-label={t('subcategories')}>
          <ul className="chip-list">
            {children.map((c) => (
              <li key={c.name}>
                <Link to={paths.category([...path, c.name])}>
                  {c.name} <span className="count">{c.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ListView>
  )
}
