import { Link } from './link'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'

const messages: Messages<'label' | 'prev' | 'next' | 'page'> = {
  zh: { label: '分页', prev: '上一页', next: '下一页', page: '第 {n} 页' },
  en: { label: 'Pages', prev: 'Previous', next: 'Next', page: 'Page {n}' },
}

/** Page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages])
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1]
    if (prev !== undefined && p - prev > 1) out.push(p - prev === 2 ? p - 1 : 'gap')
    out.push(p)
  })
  return out
}

/** Real links, so every page has its own URL and works opened directly. */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number
  pages: number
  href: (page: number) => string
}) {
  const t = useT(messages)
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <Link className="pagination-step" to={href(page - 1)} rel="prev">
          ‹ {t('prev')}
        </Link>
      ) : (
        <span className="pagination-step" aria-hidden="true" />
      )}
      <ol>
        {pageWindow(page, pages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap${i}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={href(p)}
                aria-label={t('page', { n: p })}
                aria-current={p === page ? 'page' : undefined}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ol>
      {page < pages ? (
        <Link className="pagination-step next" to={href(page + 1)} rel="next">
          {t('next')} ›
        </Link>
      ) : (
        <span className="pagination-step" aria-hidden="true" />
      )}
    </nav>
  )
}
