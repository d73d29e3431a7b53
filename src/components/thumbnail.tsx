import { useState } from 'react'
import { Link } from './link'

/**
 * A list thumbnail, 4:3, linking to the article. It is decorative (the title link says it all),
 * and when the image fails it leaves blank space: never a broken-image icon or an empty grey box,
 * and the entry keeps its height, so the entries under it do not jump (layout shift).
 */
export function Thumbnail({ src, href }: { src: string; href: string }) {
  const [failed, setFailed] = useState(false)
  if (failed) return <span className="entry-thumb" aria-hidden="true" />
  return (
    <Link to={href} className="entry-thumb" tabIndex={-1} aria-hidden="true">
      <img
        src={src}
        alt=""
        width={120}
        height={90}
        loading="lazy"
        decoding="async"
        // News image hosts reject foreign referrers.
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    </Link>
  )
}
