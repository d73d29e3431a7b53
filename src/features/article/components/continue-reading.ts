import { useEffect } from 'react'
import type { Article } from '../../../bundle/format'
import { translate } from '../../../lib/core/translate'
import type { Messages } from '../../../lib/i18n/locale'
import { useLocale } from '../../../lib/i18n/locale'
import { isPartWay, keepPosition, positionOf } from '../../../lib/reading/progress-store'
import { readStore } from '../../../lib/reading/use-read-marks'
import { showToast } from '../../../lib/toast'

const messages: Messages<'left' | 'jump'> = {
  zh: { left: '上次读到 {n}%', jump: '从那里继续' },
  en: { left: 'You left off at {n}%', jump: 'Continue from there' },
}

/** Only an article taller than this many screens is "long": a short one is read in one go. */
const LONG_SCREENS = 2.5
/** How long the reader stays at a place before it is kept. */
const SETTLE_MS = 1000

const body = () => document.querySelector<HTMLElement>('main .article-body')

/** How far through the body the top of the screen is, from 0 to 1; undefined for a short article. */
function position(): number | undefined {
  const el = body()
  if (!el) return undefined
  const span = el.offsetHeight - window.innerHeight
  if (el.offsetHeight < LONG_SCREENS * window.innerHeight || span <= 0) return undefined
  const top = el.getBoundingClientRect().top + window.scrollY
  return Math.min(1, Math.max(0, (window.scrollY - top) / span))
}

function scrollToPosition(at: number) {
  const el = body()
  if (!el) return
  const top = el.getBoundingClientRect().top + window.scrollY
  window.scrollTo({ top: top + at * (el.offsetHeight - window.innerHeight) })
}

/**
 * Remembers where the reader is in a long article; on reopening one left part-way, offers
 * (in a toast, so nothing on the page moves) to jump back there.
 */
export function useContinueReading(article: Article) {
  const { locale } = useLocale()
  const { id, title, date } = article
  const category = article.categories[0]
  useEffect(() => {
    const db = readStore().then((s) => s.database())
    const t = (key: 'left' | 'jump', vars?: Record<string, number>) =>
      translate(messages, locale, key, vars)
    let stopped = false
    let offered = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const keep = (at: number | undefined) => {
      if (at === undefined) return
      const entry = {
        id,
        title,
        date,
        position: at,
        ...(category ? { category: [...category] } : {}),
      }
      // A full or unavailable store: the place is simply not kept.
      db.then((open) => keepPosition(open, entry)).catch(() => undefined)
    }
    // A place is where the reader stays a moment: a scroll passing by (to the masthead, to leave)
    // is not one. Leaving the tab keeps wherever they are.
    const onScroll = () => {
      clearTimeout(timer)
      timer = setTimeout(() => keep(position()), SETTLE_MS)
    }
    const onHide = () => document.visibilityState === 'hidden' && keep(position())
    void db.then(async (open) => {
      const found = await positionOf(open, id)
      if (stopped || !found || !isPartWay(found.position) || position() === undefined) return
      // Already scrolled well in (a restored scroll): nothing to offer.
      if ((position() ?? 0) > found.position - 0.02) return
      offered = true
      showToast({
        message: t('left', { n: Math.round(found.position * 100) }),
        action: { label: t('jump'), run: () => scrollToPosition(found.position) },
      })
    })
    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('visibilitychange', onHide)
    return () => {
      stopped = true
      clearTimeout(timer)
      // The offer is this article's: it must not scroll the next page.
      if (offered) showToast(undefined)
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [id, title, date, category, locale])
}
