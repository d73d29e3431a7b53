/** One synthetic post: category, language, date, title, images, front matter and body. */
import { htmlBody, plainBody, sinaBody } from './body-html'
import type { BodyInput } from './body-html'
import { markdownBody } from './body-markdown'
import { pickCategory } from './categories'
import { formatDate, pickDate } from './dates'
import { formatFrontMatter } from './front-matter'
import type { FrontMatter } from './front-matter'
import { contentImage, placeholderImage } from './images'
import type { Random } from './random'
import { title as makeTitle } from './text'
import type { Lang } from './text'

export interface Post {
  /** Category folders, top level first. */
  path: string[]
  title: string
  date: string
  text: string
}

type BodyKind = 'sina' | 'html' | 'markdown' | 'plain'

function pickKind(r: Random, lang: Lang, top: string): BodyKind {
  const roll = r.next()
  if (lang === 'en') return roll < 0.55 ? 'html' : roll < 0.93 ? 'markdown' : 'plain'
  if (top === '金融') return roll < 0.85 ? 'sina' : roll < 0.95 ? 'html' : 'plain'
  return roll < 0.55 ? 'html' : roll < 0.65 ? 'sina' : roll < 0.9 ? 'markdown' : 'plain'
}

/** Most bodies are a few paragraphs (median about 3 KB); 2% are long reads of 20 KB or more. */
function pickParagraphs(r: Random): number {
  if (r.chance(0.02)) return r.int(45, 75)
  return 4 + Math.floor(-Math.log(1 - r.next()) * 3.5)
}

const bodies = { sina: sinaBody, html: htmlBody, markdown: markdownBody, plain: plainBody }

export function makePost(r: Random): Post {
  const category = pickCategory(r)
  const lang: Lang = r.chance(category.otherLang)
    ? category.lang === 'zh'
      ? 'en'
      : 'zh'
    : category.lang
  const instant = pickDate(r)
  const date = formatDate(r, instant)
  const title = makeTitle(r, lang)
  const top = category.path[0] ?? ''
  const image = (): string => contentImage(r, instant, top)

  const modern = r.chance(instant.getUTCFullYear() === 2020 ? 0.2 : 0.8)
  const fm: FrontMatter = { title, categories: category.path, author: category.source, date }
  const roll = r.next()
  if (roll < 0.45) fm.thumbnail = image()
  else if (roll < 0.55) fm.thumbnail = placeholderImage(r)
  else fm.thumbnail = ''
  if (modern && roll < 0.75) fm.headimg = fm.thumbnail
  if (!modern && fm.thumbnail === '' && r.chance(0.5)) delete fm.thumbnail
  if (r.chance(0.03)) fm.tags = [top, category.source]

  const input: BodyInput = { r, lang, title, paragraphs: pickParagraphs(r), image }
  const body = bodies[pickKind(r, lang, top)](input)
  return { path: category.path, title, date, text: formatFrontMatter(fm, modern) + body }
}
