import type { RefObject } from 'react'
import { useEffect } from 'react'
import { useLocale } from '../../../../lib/i18n/locale'
import { translate } from '../../../../lib/core/translate'
import { TRIGGER, markTriggers, unmarkTriggers } from './gallery'
import { triggerMessages } from './messages'

/**
 * Pictures in the article open a lightbox. Only this listener rides with the article route: the
 * viewer itself (open-lightbox.ts and its stylesheet) loads with the first picture opened.
 * `html` re-marks the pictures when the article changes.
 */
export function useLightbox(article: RefObject<HTMLElement | null>, html: string) {
  const { locale } = useLocale()
  useEffect(() => {
    const root = article.current
    if (!root) return undefined
    markTriggers(root, (caption) =>
      translate(triggerMessages, locale, caption ? 'enlargeNamed' : 'enlarge', { caption }),
    )
    const open = (trigger: HTMLElement) =>
      void import('./open-lightbox').then((m) => m.openLightbox(root, trigger, locale))
    const triggerAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>(`[${TRIGGER}]`) : null
    const onClick = (e: MouseEvent) => {
      const trigger = triggerAt(e.target)
      if (!trigger || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      e.preventDefault()
      open(trigger)
    }
    // As a native button: Enter on key down, Space on key up (its key down would scroll the page).
    const onKey = (e: KeyboardEvent) => {
      const trigger = e.target instanceof HTMLImageElement ? triggerAt(e.target) : null
      if (!trigger || (e.key !== 'Enter' && e.key !== ' ')) return
      e.preventDefault()
      if ((e.key === 'Enter') === (e.type === 'keydown')) open(trigger)
    }
    root.addEventListener('click', onClick)
    root.addEventListener('keydown', onKey)
    root.addEventListener('keyup', onKey)
    return () => {
      root.removeEventListener('click', onClick)
      root.removeEventListener('keydown', onKey)
      root.removeEventListener('keyup', onKey)
      unmarkTriggers(root)
    }
  }, [article, html, locale])
}
