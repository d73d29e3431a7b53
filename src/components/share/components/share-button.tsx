import { useState } from 'react'
import { useT } from '../../../lib/i18n/locale'
import { canonicalUrl } from '../../../lib/article-core/canonical-url'
import { messages } from '../messages'
import '../../pill-button.css'
import '../share-button.css'
import { StrokeIcon } from '../../stroke-icon'

/** Shares through the system sheet where there is one, else copies the canonical link. */
export function ShareButton({ id, title }: { id: string; title: string }) {
  const t = useT(messages)
  const [status, setStatus] = useState('')

  async function share() {
    const url = canonicalUrl(id)
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        // The reader closed the sheet: nothing to report. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    try {
      await navigator.clipboard.writeText(url)
      setStatus(t('linkCopied'))
    } catch {
      setStatus(t('copyFailed'))
    }
  }

  return (
    <div className="article-share">
      <button type="button" className="pill-button" onClick={() => void share()}>
        <StrokeIcon d="M12 15V4m0 0L8 8m4-4 4 4M5 13v6h14v-6" />
        {t('share')}
      </button>
      <span className="article-share__status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  )
}
