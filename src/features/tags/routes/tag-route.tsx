import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { Breadcrumbs } from '../../../components/breadcrumbs'
import { ListView } from '../../../components/list-view'
import { SaveForOffline } from '../../../components/offline/components/save-for-offline'
import { PageHeading } from '../../../components/page-heading'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { findTagList } from '../../../lib/api/get-tags'
import { appPathname, parseTagPathname, paths } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { ensureListPage } from '../../../lib/load-list'
import { notFound } from '../../../lib/not-found'
import { queryClient } from '../../../lib/query-client'
import { messages } from '../messages'

export async function loader({ request }: LoaderFunctionArgs) {
  // The raw pathname, as for categories: the router would read an encoded `/` as a separator.
  const key = parseTagPathname(appPathname(request.url))
  if (!key) throw notFound('tag', paths.tags())
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  const list = await findTagList(queryClient, entry, key)
  if (!list) throw notFound('tag', paths.tags())
  const page = await ensureListPage(queryClient, list, entry.pageSize, request.url, paths.tag(key))
  return { ...page, key, name: list.name ?? key }
}

/** The articles with one tag, newest first, paged like a category. */
export function Component() {
  const t = useT(messages)
  const data = useLoaderData<typeof loader>()
  const { key, name } = data
  return (
    <ListView
      params={data}
      context={{ kind: 'tag', name: key }}
      pageHref={(p) => paths.tag(key, p)}
      heading={
        <>
          <Breadcrumbs
            items={[
              { label: t('home'), href: paths.home() },
              { label: t('tags'), href: paths.tags() },
            ]}
            current={name}
          />
          <PageHeading
            title={data.page > 1 ? t('page', { name, n: data.page }) : t('tagTitle', { name })}
          >
            {name}
          </PageHeading>
        </>
      }
    >
      <SaveForOffline key={data.list.h} list={data.list} />
    </ListView>
  )
}
