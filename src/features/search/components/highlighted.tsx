import type { Range } from '../../../search/snippet'

/** Text with its matched ranges in <mark> (weight and a soft background: see search.css). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
