import { useSuspenseQuery } from '@tanstack/react-query'
import { useLoaderData } from 'react-router'
import { PageHeading } from '../../../components/page-heading'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { tagIndexQueryOptions } from '../../../lib/api/get-tags'
import { useT } from '../../../lib/i18n/locale'
import { queryClient } from '../../../lib/query-client'
import { TagCloud } from '../components/tag-cloud'
import { messages } from '../messages'
import '../../../components/chip-list.css'
import './tags-route.css'

export async function loader() {
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  // A bundle from before tag pages has no index: it shows as a site without tags.
  if (entry.tags) await queryClient.ensureQueryData(tagIndexQueryOptions(entry.tags))
  return { hash: entry.tags ?? null }
}

/** Every tag with its article count, most used first. */
export function Component() {
  const t = useT(messages)
  const { hash } = useLoaderData<typeof loader>()
  return (
    <div className="tags-page">
      <PageHeading title={t('tags')}>{t('tags')}</PageHeading>
      {hash ? <TagIndexBody hash={hash} /> : <p className="empty">{t('none')}</p>}
    </div>
  )
}

function TagIndexBody({ hash }: { hash: string }) {
  const t = useT(messages)
  const { tags } = useSuspenseQuery(tagIndexQueryOptions(hash)).data
  if (tags.length === 0) return <p className="empty">{t('none')}</p>
  return <TagCloud tags={tags} />
}
