/**
 * Turns a scraped Hexo body into the article HTML we ship: one parse, a few iterative
 * passes that remove site boilerplate and repair images, then the shared sanitizer.
 */
import { parseDocument } from 'htmlparser2'
import { isTag, type Document, type Element } from 'domhandler'
import { sanitizeTree, serializeNodes } from '../../sanitize/build-sanitizer'
import { SANITIZE_POLICY } from '../../sanitize/policy'
import { elementAsText, isCodeFormatting } from './code-text'
import {
  BOILERPLATE_CLASSES,
  PROMO_MAX_LENGTH,
  isEditorElement,
  isPromoText,
  normalizeSpace,
  parseEditorLine,
} from './boilerplate'
import { addHeadingIds } from './heading-ids'
import { absolutize, repairImage, underBase, wrapperToFigure } from './images'
import {
  INDENTED,
  collapseLayoutWhitespace,
  isEmptyBlock,
  plainText,
  stripLeadingSpace,
} from './text'
import {
  elements,
  flattenDeep,
  hasClass,
  removeNodes,
  textOf,
  transform,
  type VisitResult,
} from './tree'

export interface CleanImage {
  src: string
  width?: number
  height?: number
  caption?: string
}

export interface CleanResult {
  /** Cleaned and sanitized. */
  html: string
  /** Plain text of the body, paragraphs joined by '\n' (for the excerpt and reading time). */
  text: string
  /** '梁斌' from '责任编辑：梁斌 SF055'. */
  editor?: string
  /** The images left in the body, in order. */
  images: CleanImage[]
  /** Images removed as boilerplate or tracking, so a headimg equal to one of them is rejected. */
  removedImages: string[]
  warnings: string[]
}

export interface CleanOptions {
  /** Elements nested deeper are unwrapped. @default SANITIZE_POLICY.maxDepth */
  maxDepth?: number
  /** The post's title: a first paragraph that only repeats it is dropped (Sina bodies start so). */
  title?: string
  /** The site's public path; site-root URLs are moved under it. @default '/' */
  base?: string
  /** The post's local files: relative URLs into its asset folder, and local images' sizes. */
  local?: LocalUrls
}

/** What cleaning asks of the files on disk (src/builder/site-files/local-files.ts). */
export interface LocalUrls {
  resolveRelative(url: string): string | undefined
  imageSize(url: string): { width: number; height: number } | undefined
}

const IMG_WRAPPER = new Set(['img_wrapper'])
const URL_ATTRIBUTES = ['src', 'href', 'poster']

interface State {
  source: string
  base: string
  local?: LocalUrls
  editor?: string
  removedImages: string[]
  scripts: number
  handlers: number
}

function imageSources(el: Element): string[] {
  const imgs = el.name === 'img' ? [el] : [...elements(el)].filter((e) => e.name === 'img')
  return imgs.map((img) => absolutize(img.attribs.src ?? '')).filter((src) => src !== '')
}

/** Pass 1: structure. Boilerplate by class, code-as-text, fonts, figures, images, URLs. */
function visitStructure(state: State, el: Element, inCode: boolean): VisitResult {
  if (Object.keys(el.attribs).some((name) => name.startsWith('on'))) state.handlers++
  if (inCode && !isCodeFormatting(el.name)) return elementAsText(el, state.source)
  if (el.name === 'script' || el.name === 'style') {
    if (el.name === 'script') state.scripts++
    return 'remove'
  }
  if (hasClass(el, BOILERPLATE_CLASSES)) {
    state.removedImages.push(...imageSources(el))
    return 'remove'
  }
  if (isEditorElement(el)) {
    state.editor ??= parseEditorLine(textOf(el))
    return 'remove'
  }
  for (const name of URL_ATTRIBUTES) {
    const value = el.attribs[name]
    if (value === undefined) continue
    const url = absolutize(value)
    el.attribs[name] = state.local?.resolveRelative(url) ?? underBase(url, state.base)
  }
  if (el.name === 'font') {
    // Sina marks bold runs as <font cms-style="… strong-Bold …">; other fonts carry only looks.
    if (!/(^|\s)strong-Bold(\s|$)/.test(el.attribs['cms-style'] ?? '')) return 'unwrap'
    el.name = 'strong'
    el.attribs = {}
  }
  if (el.name === 'div' && hasClass(el, IMG_WRAPPER)) wrapperToFigure(el)
  if (el.name === 'img') {
    const verdict = repairImage(el)
    if (verdict === 'tracking') state.removedImages.push(el.attribs.src ?? '')
    if (verdict !== 'keep') return 'remove'
    if (state.local) sizeLocalImage(el, state.local)
  }
  return 'keep'
}

/** A local image gets its file's size, so it reserves its space before it loads. */
function sizeLocalImage(img: Element, local: LocalUrls): void {
  const a = img.attribs
  if (a.width !== undefined || a.height !== undefined || !a.src) return
  const size = local.imageSize(a.src)
  if (!size) return
  a.width = String(size.width)
  a.height = String(size.height)
}

/** Pass 2: blocks judged by their words (editor lines, calls to action), then indentation and empties. */
function tidyBlocks(doc: Document, state: State): void {
  const removed = new Set<Element>()
  // A post that is nothing but one short line is content, whatever its words.
  const whole = normalizeSpace(textOf(doc, PROMO_MAX_LENGTH))
  for (const el of elements(doc)) {
    if (el.name !== 'p' && el.name !== 'div' && el.name !== 'section') continue
    const text = textOf(el, PROMO_MAX_LENGTH)
    if (text.length > PROMO_MAX_LENGTH) continue
    const editor = el.name === 'p' ? parseEditorLine(text) : undefined
    const promo = isPromoText(text) && normalizeSpace(text) !== whole
    if (editor !== undefined || promo) {
      state.editor ??= editor
      state.removedImages.push(...imageSources(el))
      removed.add(el)
    }
  }
  removeNodes(removed)
  const empty = new Set<Element>()
  for (const el of elements(doc)) {
    if (INDENTED.has(el.name)) stripLeadingSpace(el)
    if (el.name === 'p' && isEmptyBlock(el)) empty.add(el)
  }
  removeNodes(empty)
}

function collectImages(doc: Document): CleanImage[] {
  const images: CleanImage[] = []
  for (const img of elements(doc)) {
    if (img.name !== 'img' || !img.attribs.src) continue
    const image: CleanImage = { src: img.attribs.src }
    const width = Number(img.attribs.width)
    const height = Number(img.attribs.height)
    if (width > 0 && height > 0) Object.assign(image, { width, height })
    let figure = img.parent
    while (figure && isTag(figure) && figure.name !== 'figure') figure = figure.parent
    const caption =
      figure && isTag(figure)
        ? figure.children.find((c) => isTag(c) && c.name === 'figcaption')
        : undefined
    if (caption && isTag(caption)) image.caption = plainText(caption)
    images.push(image)
  }
  return images
}

/** The article view shows the title already; the same words again as the first paragraph read as a stutter. */
function dropRepeatedTitle(doc: Document, title: string): void {
  const key = (text: string) => text.replace(/[\s\u3000]+/g, '')
  for (const el of elements(doc)) {
    if (el.name !== 'p' && !/^h[1-6]$/.test(el.name)) continue
    if (key(textOf(el, title.length * 2)) === key(title)) removeNodes(new Set([el]))
    return
  }
}

export function cleanArticleHtml(html: string, opts: CleanOptions = {}): CleanResult {
  const maxDepth = opts.maxDepth ?? SANITIZE_POLICY.maxDepth
  const warnings: string[] = []
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true })
  if (flattenDeep(doc, maxDepth))
    warnings.push(`flattened markup nested deeper than ${maxDepth} levels`)
  const state: State = {
    source: html,
    base: opts.base ?? '/',
    ...(opts.local ? { local: opts.local } : {}),
    removedImages: [],
    scripts: 0,
    handlers: 0,
  }
  transform(doc, (el, ctx) => visitStructure(state, el, ctx.inCode))
  tidyBlocks(doc, state)
  if (opts.title) dropRepeatedTitle(doc, opts.title)
  // Before sanitizing: the sanitizer keeps ids of exactly this shape, and drops every other id.
  addHeadingIds(doc)
  sanitizeTree(doc.children, { maxDepth })
  collapseLayoutWhitespace(doc)
  if (state.scripts > 0) warnings.push(`removed ${state.scripts} script element(s)`)
  if (state.handlers > 0)
    warnings.push(`removed event-handler attributes from ${state.handlers} element(s)`)
  const result: CleanResult = {
    html: serializeNodes(doc.children).trim(),
    text: plainText(doc),
    images: collectImages(doc),
    removedImages: [...new Set(state.removedImages)],
    warnings,
  }
  if (state.editor !== undefined) result.editor = state.editor
  return result
}
