import type { TrustedHtml } from '../../sanitize/dompurify'

/** Fewer sections than this need no contents. */
export const MIN_TOC_ENTRIES = 3

export interface TocEntry {
  /** The heading's anchor, given by the builder (src/builder/clean/heading-ids.ts). */
  id: string
  text: string
  /** 0 for the body's top heading level, 1 for anything below it: two levels read as an outline. */
  depth: 0 | 1
}

/** Section headings only: h5 and h6 are run-in labels in scraped news, not sections. */
export const TOC_HEADINGS = ':is(h1, h2, h3, h4)[id]'

/** The anchored headings under `root`, in order: what the contents list. */
export function tocEntriesIn(root: ParentNode): TocEntry[] {
  const found = Array.from(root.querySelectorAll<HTMLElement>(TOC_HEADINGS))
  const levels = found.map((h) => Number(h.localName.slice(1)))
  const top = Math.min(...levels)
  return found.map((h, i) => ({
    id: h.id,
    text: (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    depth: levels[i] === top ? 0 : 1,
  }))
}

/**
 * The anchored headings of the sanitized body, the very HTML <ArticleBody> renders, read in an
 * inert template (nothing loads or runs there). Derived while rendering, so the contents arrive
 * in the same commit as the body: an anchor's scroll then lands where the page stays.
 */
export function tocEntries(safe: string | TrustedHtml): TocEntry[] {
  // A second parse of a long body costs as much as rendering it: only for a body that can have
  // contents (the sanitizer writes attributes as name="value").
  const anchored = /<h[1-4]\s[^>]*\bid="/gi
  const html = String(safe)
  for (let n = 0; n < MIN_TOC_ENTRIES; n++) if (!anchored.test(html)) return []
  const template = document.createElement('template')
  // The article policy's TrustedHTML where Trusted Types are enforced, as ArticleBody sets it.
  template.innerHTML = safe as string
  return tocEntriesIn(template.content)
}

/** The live heading of an entry in the rendered body. */
export function findHeading(root: ParentNode | null | undefined, id: string): HTMLElement | null {
  for (const heading of root?.querySelectorAll<HTMLElement>(`.article-body ${TOC_HEADINGS}`) ?? [])
    if (heading.id === id) return heading
  return null
}

/** The heading id a URL's fragment names (percent-encoded when it is Chinese). */
export function anchorOf(hash: string): string | undefined {
  if (hash.length < 2) return undefined
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return undefined
  }
}
