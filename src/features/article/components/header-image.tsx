import { useState } from 'react'
import type { HeaderImage as HeaderImageData } from '../../../bundle/format'
import { useT } from '../../../lib/i18n/locale'
import { messages } from '../../../lib/article-core/messages'
import { ImageFallback } from './image-fallback'

/** The header image at 16:9 across the text column; the box is sized before the image arrives. */
export function HeaderImage({ image }: { image: HeaderImageData }) {
  const t = useT(messages)
  // React attaches onError before the img enters the page, so no failure goes unseen.
  const [failed, setFailed] = useState(false)
  return (
    <figure className="article-hero">
      <div className="article-hero__frame">
        {failed ? (
          <ImageFallback
            href={image.src}
            label={`${t('imageUnavailable')} · ${t('openOriginal')}`}
          />
        ) : (
          <img
            src={image.src}
            alt={image.caption ?? ''}
            width={image.width}
            height={image.height}
            referrerPolicy="no-referrer"
            decoding="async"
            fetchPriority="high"
            onError={() => setFailed(true)}
          />
        )}
      </div>
      {image.caption && <figcaption>{image.caption}</figcaption>}
    </figure>
  )
}
