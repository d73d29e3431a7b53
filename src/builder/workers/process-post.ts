import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import type { Article, ArticleSummary, ReportEntry } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { bundlePaths } from '../../bundle/paths'
import { renderBody } from '../parse/render-body'
import type { PostTags } from '../parse/categories'
import { cleanName, normalizeCategories, normalizeTags } from '../parse/categories'
import { cleanArticleHtml } from '../clean/clean-html'
import { parseDate } from '../parse/dates'
import { settleDate } from '../parse/settle-date'
import { postExcerpt } from '../clean/post-excerpt'
import { parseFrontMatter } from '../parse/front-matter'
import { contentHash } from '../write/hash'
import { chooseHeaderImage } from '../clean/header-image'
import { galleryHtml, photoList } from '../clean/gallery'
import { PostError } from '../read/post-error'
import { decodePost } from '../read/read-post'
import { describe } from '../read/scan-posts'
import { postPermalink } from '../parse/permalink'
import { underBase } from '../clean/images'
import type { PackedTerms } from '../search/pack-document'
import { packDocument } from '../search/pack-document'
import type { Taxonomy } from '../read/hexo-config'
import type { LocalFileSettings } from '../site-files/local-files'
import { localFilesFor } from '../site-files/local-files'

export interface PostTask {
  relPath: string
  absPath: string
  id: string
  timezone: string
  maxPostBytes: number
  maxDepth: number
  /** Hexo permalink pattern of the original site. */
  permalink: string
  /** Public path of the site, such as `/news/`. */
  base: string
  taxonomy?: Taxonomy
  /**
   * When git added the file (epoch ms), for a post with no valid date; null when git has no
   * answer; absent when not looked up yet (an undated post then asks with `needsAdded`).
   */
  added?: number | null
  /** Where the post's local files are: asset folder, local images' sizes. */
  local?: LocalFileSettings
}

/** What one post gives the main thread: small, so the build never holds article bodies. */
export interface ProcessedPost {
  entry: ReportEntry
  summary?: ArticleSummary
  /** The article's tags, for the tag lists; absent when it has none. */
  tags?: PostTags
  /** The original site's path for this post, for the alias table. */
  permalink?: string
  /** The header image's URL, which the share page preloads (its LCP on a phone). */
  headImage?: string
  /** The article's search terms, for the index. */
  search?: PackedTerms
  /** The post's `updated`, where later than its date: a site's sitemap gives it as lastmod. */
  modified?: string
  /** The serialized article and its file name (relative to the bundle); written by the caller. */
  file?: { name: string; json: string }
  /** The post has no valid date and git was not asked yet: run it again with `added`. */
  needsAdded?: true
  /** The git answer an estimated date was settled with: a cached result holds while it does. */
  added?: number | null
  /** The post's asset folder, which a site build copies beside its permalink. */
  assetDir?: string
  /** Local files the article depends on (asset folder, images) and their stamps. */
  deps?: [string, string][]
}

const DRAFT = 'published: false (a draft; Hexo does not publish it either)'

/** Reads, parses, cleans and sanitizes one post. Never throws: failures become a rejected entry. */
export function processPost(task: PostTask): ProcessedPost {
  const base = { path: task.relPath, id: task.id }
  try {
    return buildArticle(task)
  } catch (error) {
    if (error instanceof PostError) {
      return { entry: { ...base, status: 'rejected', reason: error.reason, line: error.line } }
    }
    return { entry: { ...base, status: 'rejected', reason: describe(error) } }
  }
}

function buildArticle(task: PostTask): ProcessedPost {
  const { info, bytes } = readPostFile(task)
  const raw = decodePost(bytes, { maxBytes: task.maxPostBytes })
  const fileName = task.relPath.split('/').pop() ?? task.relPath
  const front = parseFrontMatter(raw.text, { fileName })
  const warnings = [...raw.warnings, ...front.warnings]
  const data = front.data
  if (data.published === false)
    return { entry: { path: task.relPath, id: task.id, status: 'skipped', reason: DRAFT } }

  const settled = settleDate(data.date, {
    timezone: task.timezone,
    text: raw.text,
    mtime: info.mtime,
    added: task.added,
  })
  if (!settled) return { entry: reportEntry(task, warnings), needsAdded: true }
  const { date, estimated } = settled
  if (settled.warning) warnings.push(settled.warning)
  const updated = parseDate(data.updated, task.timezone) ?? undefined

  let title =
    typeof data.title === 'string' || typeof data.title === 'number'
      ? String(data.title).trim()
      : ''
  if (!title || /^#+$/.test(title)) {
    title = fileName.replace(/\s*\.md$/i, '').trim() || task.id
    warnings.push(`title is empty; used the file name`)
  }

  const { categoryMap, defaultCategory } = task.taxonomy ?? {}
  let categories = normalizeCategories(data.categories)
  if (categories.length === 0 && defaultCategory) categories = [[defaultCategory]]
  const permalink = postPermalink(task.permalink, data, {
    categoryMap,
    relPath: task.relPath,
    date,
    timezone: task.timezone,
    categories,
    id: task.id,
  })
  const local = task.local
    ? localFilesFor({ absPath: task.absPath, permalink, base: task.base }, task.local)
    : undefined
  const { html: bodyHtml } = renderBody(front.body, {
    base: task.base,
    permalink,
    warn: (message) => warnings.push(message),
  })
  const photos = photoList(data.photos)
  const cleaned = cleanArticleHtml(galleryHtml(photos, title) + bodyHtml, {
    maxDepth: task.maxDepth,
    title,
    base: task.base,
    ...(local ? { local } : {}),
  })
  warnings.push(...cleaned.warnings)
  const headImage = chooseHeaderImage(
    { headimg: data.headimg ?? photos[0], thumbnail: data.thumbnail },
    cleaned,
  )
  if (headImage) headImage.src = underBase(headImage.src, task.base)
  // A front-matter header image on this disk gets its size as body images do.
  if (headImage && local && headImage.width === undefined && headImage.height === undefined)
    Object.assign(headImage, local.imageSize(headImage.src))
  // Lists prefer the post's own small thumbnail; the header image is the fallback.
  const thumb = chooseHeaderImage(
    { thumbnail: data.thumbnail },
    { images: [], removedImages: cleaned.removedImages },
  )
  const thumbnail = thumb ? underBase(thumb.src, task.base) : headImage?.src
  const author = cleanName(data.author) || undefined
  const excerpt = postExcerpt(data, bodyHtml, cleaned.text, task.base)
  const tags = normalizeTags(data.tags, task.taxonomy?.tagMap)

  const article: Article = {
    format: FORMAT_VERSION,
    id: task.id,
    title,
    date: date.toISOString(),
    ...(estimated ? { dateEstimated: estimated } : {}),
    ...(updated ? { updated: updated.toISOString() } : {}),
    categories,
    tags: tags.names,
    ...(tags.keys ? { tagKeys: tags.keys } : {}),
    ...(author ? { author } : {}),
    ...(cleaned.editor ? { editor: cleaned.editor } : {}),
    ...(headImage ? { headImage } : {}),
    permalink,
    textLength: cleaned.text.replace(/\s+/g, '').length,
    html: cleaned.html,
  }
  const json = JSON.stringify(article)
  const hash = contentHash(json)
  return {
    entry: {
      ...reportEntry(task, warnings),
      file: bundlePaths.article(hash),
      ...(estimated ? { dateEstimated: estimated } : {}),
    },
    ...(estimated ? { added: task.added ?? null } : {}),
    summary: summarize(article, hash, thumbnail, excerpt),
    ...(article.updated && article.updated > article.date ? { modified: article.updated } : {}),
    ...(tags.names.length > 0 ? { tags } : {}),
    permalink: article.permalink,
    ...(headImage ? { headImage: headImage.src } : {}),
    search: packDocument(article),
    file: { name: bundlePaths.article(hash), json },
    ...(local?.assetDir ? { assetDir: local.assetDir } : {}),
    ...(local?.deps.size ? { deps: [...local.deps] } : {}),
  }
}

/**
 * Synchronous on purpose: posts run on worker threads that have nothing else to do meanwhile,
 * and one open, fstat, read and close cost far less than the promise API's per-call overhead.
 */
function readPostFile(task: PostTask) {
  const fd = openSync(task.absPath, 'r')
  try {
    const info = fstatSync(fd)
    if (info.size > task.maxPostBytes) {
      throw new PostError(
        `file is ${formatBytes(info.size)}, over the ${formatBytes(task.maxPostBytes)} limit`,
      )
    }
    return { info, bytes: readFileSync(fd) }
  } finally {
    closeSync(fd)
  }
}

/** The excerpt lives only here: the lists show it, the article view never did. */
function summarize(
  article: Article,
  hash: string,
  thumbnail: string | undefined,
  { excerpt, description }: { excerpt: string; description?: string },
): ArticleSummary {
  return {
    id: article.id,
    f: hash,
    title: article.title,
    date: article.date,
    ...(article.dateEstimated ? { dateEstimated: true as const } : {}),
    categories: article.categories,
    ...(article.author ? { author: article.author } : {}),
    ...(thumbnail ? { thumbnail } : {}),
    excerpt,
    ...(description ? { description } : {}),
  }
}

function reportEntry(task: PostTask, warnings: string[]): ReportEntry {
  return warnings.length > 0
    ? { path: task.relPath, id: task.id, status: 'repaired', warnings }
    : { path: task.relPath, id: task.id, status: 'ok' }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`
}
