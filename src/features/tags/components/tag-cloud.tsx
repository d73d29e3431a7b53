import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { TagCount } from '../../../bundle/format'
import { Link } from '../../../components/link'
import { paths } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { messages } from '../messages'

// Past this many tags a filter field helps more than it distracts.
const FILTER_FROM = 40

/** Tags as one wrapped run of links, each with its count; a filter narrows a long run. */
export function TagCloud({ tags }: { tags: TagCount[] }) {
  const t = useT(messages)
  const id = useId()
  const [query, setQuery] = useState('')
  // Thousands of links re-render after the keystroke, never in its way.
  const deferred = useDeferredValue(query)
  const shown = useMemo(() => {
    const q = deferred.trim().toLocaleLowerCase()
    return q
      ? tags.filter(([key, , name = key]) =>
          [key, name].some((s) => s.toLocaleLowerCase().includes(q)),
        )
      : tags
  }, [tags, deferred])
  const filtered = deferred.trim() !== ''
  return (
    <>
      {/* Polite: a reader filtering by keyboard hears how many tags are left. */}
      <p className="list-count" aria-live="polite">
        {filtered
          ? t('matches', { n: shown.length, total: tags.length })
          : t('summary', { n: tags.length })}
      </p>
      {tags.length >= FILTER_FROM && (
        <div className="tag-filter">
          <label htmlFor={id}>{t('filter')}</label>
          <input
            id={id}
            type="search"
            value={query}
            placeholder={t('filterHint')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}
      {shown.length === 0 ? (
        <p className="empty">{t('noMatch', { q: deferred.trim() })}</p>
      ) : (
        <ul className="chip-list tag-cloud" aria-label={t('tags')}>
          {shown.map(([key, n, name = key]) => (
            <li key={key}>
              <Link to={paths.tag(key)}>
                {name}{' '}
                <span className="count">
                  {n}
                  <span className="visually-hidden"> {t('articles')}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
