/**
 * The excerpt a post's lists show, in Hexo's order: the front matter's `excerpt`, then its
 * `description`, then the body before `<!-- more -->`, then the body's start. Link previews show
 * the excerpt too, but for a `description` beside an `excerpt`: themes put that in the page's meta.
 */
import { cleanArticleHtml } from './clean-html'
import { EXCERPT_WIDTH, makeExcerpt } from './excerpt'

const MORE = /<!--\s*more\s*-->/i

const frontText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number'
    ? // Some themes write HTML here: its text is what a list can show.
      cleanArticleHtml(String(value)).text.trim()
    : ''

export function postExcerpt(
  data: { excerpt?: unknown; description?: unknown },
  bodyHtml: string,
  bodyText: string,
  base: string,
): { excerpt: string; description?: string } {
  const short = (text: string) => makeExcerpt(text, 120, EXCERPT_WIDTH)
  const given = frontText(data.excerpt)
  const described = frontText(data.description)
  if (given) {
    const description = described ? short(described) : ''
    const excerpt = short(given)
    return description && description !== excerpt ? { excerpt, description } : { excerpt }
  }
  if (described) return { excerpt: short(described) }
  const more = MORE.exec(bodyHtml)
  const text = more ? cleanArticleHtml(bodyHtml.slice(0, more.index), { base }).text : bodyText
  return { excerpt: short(text) }
}
