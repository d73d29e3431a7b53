/**
 * The category tree with every branch open: a page whose tab already holds the reader's toggles
 * (src/features/categories/tree-toggles.ts) for every node with children. Timed from the tree
 * file's arrival to the tree drawn (every row, or the rows on screen where the app draws only
 * those) and to the frame after it (style and layout included), then again when the column
 * comes back from a resize, its code and data cached.
 */
import type { Browser, Page } from '@playwright/test'
import { decodeBundleFile } from '../../src/builder/index'
import type { CategoryNode, CategoryTree, Entry } from '../../src/bundle/format'
import { bundlePaths } from '../../src/bundle/paths'
import { ENTRY, newContext } from './browser-context'

const ROW = '.category-tree .tree li'

/** Every node's key, and the keys of those with children (the branches to open). */
function walk(
  nodes: CategoryNode[],
  parent: string[] = [],
  out = { rows: 0, open: [] as string[] },
) {
  for (const node of nodes) {
    const path = [...parent, node.name]
    out.rows += 1
    // The app's categoryKey (src/lib/category-tree.ts), which the app's tsconfig holds.
    if (node.children.length > 0) out.open.push(path.join('\u0000'))
    walk(node.children, path, out)
  }
  return out
}

/**
 * Resolves in the page with [DOM, next frame] times (page clock) once the tree is drawn: all its
 * `rows`, or, past the app's VIRTUAL_FROM, its first rows (drawn flat while the on-screen-only
 * tree's code loads) or that tree's rows on screen.
 */
const WATCH = (rows: number) =>
  new Promise<[number, number]>((resolve) => {
    const check = () => {
      const drawn =
        document.querySelector('.category-tree .tree-flat li') ??
        document.querySelectorAll('.category-tree .tree li').length >= rows
      if (!drawn) return false
      const dom = performance.now()
      requestAnimationFrame(() => setTimeout(() => resolve([dom, performance.now()])))
      return true
    }
    if (check()) return
    const observer = new MutationObserver(() => check() && observer.disconnect())
    observer.observe(document, { childList: true, subtree: true })
  })

const treeArrival = (page: Page) =>
  page.evaluate(
    () =>
      (
        performance.getEntriesByType('resource').find((e) => e.name.includes('/data/tree/')) as
          PerformanceResourceTiming | undefined
      )?.responseEnd ?? Number.NaN,
  )

export async function measureExpandedTree(browser: Browser, origin: string) {
  const context = await newContext(browser)
  const page = await context.newPage()
  const get = async <T>(path: string) =>
    JSON.parse(
      decodeBundleFile(await (await page.request.get(`${origin}/data/${path}`)).body()),
    ) as T
  const entry = await get<Entry>('entry.json')
  const { rows, open } = walk((await get<CategoryTree>(bundlePaths.tree(entry.tree))).roots)
  const toggles = JSON.stringify(Object.fromEntries(open.map((key) => [key, true])))
  await page.addInitScript((value) => sessionStorage.setItem('broadsheet.tree', value), toggles)
  // Watching from the document's start: an evaluate before goto would die with about:blank.
  await page.addInitScript(`window.__treeDrawn = (${WATCH.toString()})(${rows})`)
  await page.goto(`${origin}/`)
  await page.waitForSelector(ENTRY)
  const [dom, frame] = await page.evaluate(
    () => (window as unknown as { __treeDrawn: Promise<[number, number]> }).__treeDrawn,
  )
  const arrived = await treeArrival(page)
  const remounts: [number, number][] = []
  for (let i = 0; i < 5; i++) {
    await page.setViewportSize({ width: 600, height: 900 })
    await page.waitForSelector(ROW, { state: 'detached' })
    // From the resize that brings the column back, on the page clock.
    const start = page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          addEventListener('resize', () => resolve(performance.now()), { once: true }),
        ),
    )
    const again = page.evaluate(WATCH, rows)
    await page.setViewportSize({ width: 1280, height: 900 })
    const [d, f] = await again
    const at = await start
    remounts.push([d - at, f - at])
  }
  await context.close()
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[2] ?? Number.NaN)
  return {
    rows,
    renderMs: Math.round(dom - arrived),
    renderFrameMs: Math.round(frame - arrived),
    remountMs: median(remounts.map(([d]) => d)),
    remountFrameMs: median(remounts.map(([, f]) => f)),
  }
}
