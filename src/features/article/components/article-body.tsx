import { useLayoutEffect, useMemo, useRef } from 'react'
import { useT } from '../../../lib/i18n/locale'
import { sanitizeToTrusted } from '../../../sanitize/dompurify'
import { messages } from '../../../lib/article-core/messages'
import { enhanceBody } from '../../../lib/article-core/enhance-body'

interface ArticleBodyProps {
  /** Article HTML; sanitized again here, whatever the builder did. */
  html: string
  /** The header image's URL, so the body does not show the same picture twice. */
  headImageSrc?: string
}

/**
 * The one place the app renders HTML, and only what the sanitizer returns: a TrustedHTML from the
 * 'broadsheet-article' Trusted Types policy (a plain string where the browser has no Trusted Types).
 */
export function ArticleBody({ html, headImageSrc }: ArticleBodyProps) {
  const t = useT(messages)
  // Memoized: React compares __html by identity, and each createHTML call returns a new object.
  const safe = useMemo(() => sanitizeToTrusted(html), [html])
  const ref = useRef<HTMLDivElement>(null)
  const unavailable = t('imageUnavailable')
  const openOriginal = t('openOriginal')

  // A layout effect: the duplicate header image and empty paragraphs go before the first paint.
  useLayoutEffect(() => {
    if (!ref.current) return undefined
    return enhanceBody(ref.current, { headImageSrc, labels: { unavailable, openOriginal } })
  }, [safe, headImageSrc, unavailable, openOriginal])

  return <div ref={ref} className="article-body" dangerouslySetInnerHTML={{ __html: safe }} />
}
