import type { Element } from 'domhandler'
import type { ArticleSummary, Entry } from '../../bundle/format'
import { BUNDLE_DIR, bundlePaths, shardOf } from '../../bundle/paths'
import { FIRST_PAINT_ENTRY } from '../vite/app-layout'
import { HtmlEditor, matching } from '../html/html-tree'
import { element } from '../html/markup'

/** The parts of Vite's build manifest (`build.manifest`) read here. */
export interface ViteManifest {
  [source: string]: { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
}

/** A bundle file's preload; `mark` names it for the page's scripts (`data-article`). */
const data = (base: string, file: string, mark?: string) =>
  element('link', {
    ...(mark ? { [mark]: true } : {}),
    rel: 'preload',
    href: `${base}${BUNDLE_DIR}/${file}`,
    as: 'fetch',
    // fetch() requests are CORS-mode, and a preload only serves a request of its mode.
    crossorigin: true,
  })

/** The bundle's entry, which every page of the app starts with (index.html, 404.html, share pages). */
export const entryPreload = (base: string) => data(base, bundlePaths.entry)

/**
 * The first files the home page asks for after its script has run: with these, they arrive
 * while the script still downloads.
 */
export function homePreloads(base: string, entry: Entry): Element[] {
  const links = [entryPreload(base)]
  if (entry.counts.articles > 0) links.push(data(base, bundlePaths.listPage(entry.latest, 1)))
  return links
}

/** The app's module script: hints go right before it, first among the scripts (see bootScriptLast). */
export const APP_SCRIPT = matching('script', { type: 'module' })

/** The page with `links` before its first module script. */
export function withHints(html: string, links: Element[]): string {
  const page = new HtmlEditor(html)
  page.insertBefore(page.find(APP_SCRIPT, 'module script'), links)
  return page.toString()
}

/** A module's chunk in the manifest. A missing one fails the build: share pages would lose it unseen. */
function chunkOf(manifest: ViteManifest, source: string) {
  const chunk = manifest[source]
  if (!chunk)
    throw new Error(
      `Vite's build manifest (.vite/manifest.json) has no chunk for "${source}": ` +
        'was the module moved or renamed? (see src/builder/vite/app-layout.ts)',
    )
  return chunk
}

/** A chunk and the chunks it imports, once each, leaving out `skip` (already loading), and their styles. */
function chunkClosure(manifest: ViteManifest, source: string, skip: Set<string>) {
  const files: string[] = []
  const css = new Set<string>()
  const visit = (key: string) => {
    const chunk = chunkOf(manifest, key)
    if (skip.has(chunk.file) || files.includes(chunk.file)) return
    files.push(chunk.file)
    for (const sheet of chunk.css ?? []) css.add(sheet)
    for (const child of chunk.imports ?? []) visit(child)
  }
  visit(source)
  return { files, css: [...css] }
}

/** The app's entry chunk (index.html's script), which every page loads anyway. */
/** What index.html loads on every page: the app's entry chunk and the chunks Vite hints with it. */
const appShell = (manifest: ViteManifest) =>
  new Set(chunkClosure(manifest, 'index.html', new Set()).files)

// No crossorigin: same-origin module preloads are CORS requests anyway, and every byte of a
// share page counts (3 KB, one per article).
const modulePreload = (base: string, file: string) =>
  element('link', { rel: 'modulepreload', href: `${base}${file}` })

/**
 * A lazy route's own chunk and every style it needs. Not the chunks it imports: Vite's loader
 * requests those with the route anyway, and each hint costs a share page (3 KB) 65 bytes.
 */
export function routeAssets(manifest: ViteManifest, source: string, base: string): Element[] {
  const { files, css } = chunkClosure(manifest, source, appShell(manifest))
  return [
    ...files.slice(0, 1).map((file) => modulePreload(base, file)),
    // A stylesheet link, not a preload: the route's loader finds it and does not add its own.
    ...css.map((file) => element('link', { rel: 'stylesheet', href: `${base}${file}` })),
  ]
}

/**
 * The first paint's module script and the chunks it imports that index.html does not already
 * hint: it never imports the app's shell (vite.config.ts), so it runs as soon as these arrive.
 */
export function firstPaintAssets(manifest: ViteManifest, base: string): Element[] {
  const [entry, ...imports] = chunkClosure(manifest, FIRST_PAINT_ENTRY, appShell(manifest)).files
  if (!entry) return []
  // async: modules run in document order, and the app's must not wait for this one, nor this one for it.
  const script = element('script', { type: 'module', async: true, src: `${base}${entry}` })
  return [script, ...imports.map((file) => modulePreload(base, file))]
}

/** A share page's article file, marked for the first paint, which reads its address from it. */
export const articleFilePreload = (base: string, item: ArticleSummary) =>
  data(base, bundlePaths.article(item.f), 'data-article')

/** A share page's id shard: the app's lookup of the article, while its script still downloads. */
export function idShardPreload(base: string, entry: Entry, item: ArticleSummary): Element[] {
  const shard = entry.idShards[shardOf(item.id, entry.idShards.length)]
  return shard === undefined ? [] : [data(base, bundlePaths.idShard(shard))]
}

/**
 * A share page's header image, as the article shows it (high priority, no referrer, which the
 * preload must match to be used): it starts with the page, not once the app has rendered.
 */
export const headImagePreload = (src: string) =>
  element('link', {
    rel: 'preload',
    as: 'image',
    href: src,
    fetchpriority: 'high',
    referrerpolicy: 'no-referrer',
  })
