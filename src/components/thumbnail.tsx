import { useState } from 'react'
import { Link } from 'react-router'

/**
 * A list thumbnail, 4:3, linking to the article. It is decorative (the title link says it all),
 * and it removes itself when the image fails: never a broken-image icon or an empty grey box.
 */
export function Thumbnail({ src, href }: { src: string; href: string }) {
  const [failed, setFailed] = useState(false)
  if (failed) return null
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
