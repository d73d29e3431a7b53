import { useEffect, useRef } from 'react'

interface Props {
  onView: () => void
  label: string
}

/**
 * Below the results of a page not yet fully read: when it comes into view, the rest is read
 * (not before: each result costs its article's bytes). A keyboard user reaches it too, since tabbing to the last result scrolls it into view.
 */
export function ReadOnView({ onView, label }: Props) {
  const ref = useRef<HTMLParagraphElement>(null)
  const latest = useRef(onView)
  useEffect(() => {
    latest.current = onView
  })
  useEffect(() => {
    const node = ref.current
    if (!node) return
    const observer = new IntersectionObserver((records) => {
      if (records.some((r) => r.isIntersecting)) latest.current()
    })
    observer.observe(node)
    return () => observer.disconnect()
  }, [])
  return (
    <p ref={ref} className="search-more" data-read-on-view="">
      {label}
    </p>
  )
}
