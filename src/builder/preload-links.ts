import type { ArticleSummary, Entry } from '../bundle/format'
import { BUNDLE_DIR, bundlePaths, shardOf } from '../bundle/paths'

/** The parts of Vite's build manifest (`build.manifest`) read here. */
export interface ViteManifest {
  [source: string]: { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
}

/** The article route's module, as the app's router imports it lazily. */
export const ARTICLE_ROUTE = 'src/features/article/routes/article-route.tsx'

const data = (base: string, file: string) =>
  // crossorigin: fetch() requests are CORS-mode, and a preload only serves a request of its mode.
  `<link rel="preload" href="${base}${BUNDLE_DIR}/${file}" as="fetch" crossorigin>`

/**
 * The first files the home page asks for after its script has run: with these, they arrive
 * while the script still downloads. The list page's link is marked for `withoutHomeHints`.
 */
export function homePreloads(base: string, entry: Entry): string {
  const links = [data(base, bundlePaths.entry)]
  if (entry.counts.articles > 0)
    links.push(
      data(base, bundlePaths.listPage(entry.latest, 1)).replace('<link', '<link data-home'),
    )
  return links.join('')
}

/** The same page without the home page's own hints (404.html, share pages). */
export const withoutHomeHints = (html: string) => html.replace(/<link data-home[^>]*>/g, '')

/** A lazy route's chunk, the chunks it imports that the entry does not, and its styles. */
export function routeAssets(manifest: ViteManifest, source: string, base: string): string {
  const shell = new Set<string>()
  for (const chunk of Object.values(manifest)) if (chunk.isEntry) shell.add(chunk.file)
  const files = new Set<string>()
  const css = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || shell.has(chunk.file) || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const sheet of chunk.css ?? []) css.add(sheet)
    for (const child of chunk.imports ?? []) visit(child)
  }
  visit(source)
  // No crossorigin: same-origin module preloads are CORS requests anyway, and every byte of a
  // share page counts (3 KB, one per article).
  return [
    ...[...files].map((file) => `<link rel="modulepreload" href="${base}${file}">`),
    // A stylesheet link, not a preload: the route's loader finds it and does not add its own.
    ...[...css].map((file) => `<link rel="stylesheet" href="${base}${file}">`),
  ].join('')
}

/** An article's share page: its id shard and its file, so opening it directly waits for no lookup. */
export function articlePreloads(base: string, entry: Entry, item: ArticleSummary): string {
  const shard = entry.idShards[shardOf(item.id, entry.idShards.length)]
  return [
    shard !== undefined && data(base, bundlePaths.idShard(shard)),
    data(base, bundlePaths.article(item.f)),
  ]
    .filter(Boolean)
    .join('')
}
