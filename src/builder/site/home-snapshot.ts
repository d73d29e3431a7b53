import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Entry, ListPage } from '../../bundle/format'
import { BUNDLE_DIR, bundlePaths } from '../../bundle/paths'
import { readBundleJson } from '../write/bundle-file'
import { HtmlEditor, matching } from '../html/html-tree'
import { wrapHtml } from '../html/markup'

/** What src/app/snapshot/render-home.tsx exports (not imported: the builder never loads app code directly). */
interface Renderer {
  renderHomeSnapshot(
    entry: Entry,
    firstPage: ListPage,
  ): Promise<{ wide: string; narrow: string; locale: string }>
}

/**
 * Renders the home page's first list page with the app's own components (a Vite SSR build of
 * src/app/snapshot/render-home.tsx, which Node cannot import as it is: TSX and CSS imports).
 * Its output sits inside node_modules so the bare imports (react…) resolve.
 */
export interface Snapshot {
  html: string
  locale: string
}

export async function renderHomeSnapshot(
  projectRoot: string,
  siteDir: string,
  entry: Entry,
  base: string,
): Promise<Snapshot | null> {
  if (entry.counts.articles === 0) return null
  const firstPage = await readBundleJson<ListPage>(
    join(siteDir, BUNDLE_DIR, bundlePaths.listPage(entry.latest, 1)),
  )
  const outDir = join(projectRoot, 'node_modules/.cache', `broadsheet-snapshot-${process.pid}`)
  await mkdir(outDir, { recursive: true })
  try {
    const { build } = await import('vite')
    const { default: react } = await import('@vitejs/plugin-react')
    await build({
      root: projectRoot,
      base,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: {
        ssr: 'src/app/snapshot/render-home.tsx',
        outDir,
        emptyOutDir: true,
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'render-home.mjs' } },
      },
    })
    const renderer = (await import(pathToFileURL(join(outDir, 'render-home.mjs')).href)) as Renderer
    const { wide, narrow, locale } = await renderer.renderHomeSnapshot(entry, firstPage)
    // Inert and hidden from assistive technology: a picture of the page, to read, not to use;
    // the app replaces it as soon as it has started (see boot.js and useDropSnapshot).
    const html = wrapHtml(
      'div',
      { id: 'snapshot', inert: true, 'aria-hidden': 'true' },
      wrapHtml('div', { class: 'snapshot-wide' }, wide) +
        wrapHtml('div', { class: 'snapshot-narrow' }, narrow),
    )
    return { html, locale }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

/** index.html with the snapshot before the app's root, in the site's language, and its locale for boot.js. */
export function withSnapshot(
  indexHtml: string,
  snapshot: Snapshot | null,
  language: string,
): string {
  if (!snapshot) return indexHtml
  const page = new HtmlEditor(indexHtml)
  page.setAttributes(page.find(matching('html'), '<html>'), {
    // A language tag has letters, digits and hyphens only; boot.js compares it as it is.
    lang: language.replace(/[^\w-]/g, ''),
    'data-snapshot': snapshot.locale,
  })
  page.insertBefore(page.find(matching('div', { id: 'root' }), '<div id="root">'), snapshot.html)
  return page.toString()
}
