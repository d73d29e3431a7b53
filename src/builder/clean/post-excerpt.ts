/**
 * The excerpt a post's lists and link previews show, in Hexo's order: the front matter's
 * `excerpt`, then its `description`, then the body before `<!-- more -->`, then the body's start.
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
): string {
  const given = frontText(data.excerpt) || frontText(data.description)
  if (given) return makeExcerpt(given, 120, EXCERPT_WIDTH)
  const more = MORE.exec(bodyHtml)
  const text = more ? cleanArticleHtml(bodyHtml.slice(0, more.index), { base }).text : bodyText
  return makeExcerpt(text, 120, EXCERPT_WIDTH)
}
