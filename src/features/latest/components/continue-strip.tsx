import { useQuery } from '@tanstack/react-query'
import { Link } from '../../../components/link'
import { paths } from '../../../lib/core/paths'
import type { Messages } from '../../../lib/i18n/locale'
import { useT } from '../../../lib/i18n/locale'
import { CONTINUE_HINT_KEY, setHint } from '../../../lib/reading/hints'
import { continuing } from '../../../lib/reading/progress-store'
import { readStore } from '../../../lib/reading/use-read-marks'
import '../continue-strip.css'

const messages: Messages<'heading' | 'at'> = {
  zh: { heading: '继续阅读', at: '读到 {n}%' },
  en: { heading: 'Continue reading', at: '{n}% read' },
}

/** The home page's short strip of articles left part-way, most recent first. */
export function ContinueStrip({ lang }: { lang: string }) {
  const t = useT(messages)
  const { data } = useQuery({
    queryKey: ['reading', 'continue'],
    queryFn: () => readStore().then((s) => s.database().then((db) => continuing(db))),
    staleTime: 0,
    gcTime: 0,
  })
  if (!data) return null
  // The flag was stale (cleared in another tab): the next visit keeps no room.
  if (data.length === 0) {
    setHint(CONTINUE_HINT_KEY, false)
    return null
  }
  return (
    <section className="continue-strip" aria-labelledby="continue-strip-heading">
      <h2 id="continue-strip-heading" className="continue-strip__heading">
        {t('heading')}
      </h2>
      <ol className="continue-strip__items">
        {data.map((entry) => {
          const n = Math.round(entry.position * 100)
          return (
            <li key={entry.id} className="continue-strip__item">
              <Link to={paths.article(entry.id)} lang={lang}>
                {entry.title}
              </Link>
              <span className="continue-strip__at">
                <span className="continue-strip__bar" aria-hidden="true">
                  <span style={{ width: `${n}%` }} />
                </span>
                {t('at', { n })}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
