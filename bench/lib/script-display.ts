/**
 * The 简/繁 display setting, desktop, no throttling, Traditional chosen before the visit:
 * - tablesMs: from navigation to the page first shown converted (the app's
 *   'broadsheet:script-shown' mark), the conversion tables' download and set-up included;
 * - convert: 20,000 characters of the corpus generator's Simplified Chinese, in 100 paragraphs,
 *   added to the article on screen; from the append to the end of the app's MutationObserver
 *   callback, which converts them (layout and paint not included). Five runs.
 */
import type { Browser } from '@playwright/test'
import { createRandom } from '../corpus/random'
import { paragraph } from '../corpus/text'
import { newContext } from './browser-context'

const CHARS = 20_000
const PARAGRAPHS = 100
const RUNS = 5

/** Paragraphs of generated Simplified text, `CHARS` characters in all. */
function simplifiedText(seed: number): string[] {
  const r = createRandom(seed)
  const out: string[] = []
  const each = CHARS / PARAGRAPHS
  for (let i = 0; i < PARAGRAPHS; i++) {
    let text = ''
    while (text.length < each) text += paragraph(r, 'zh')
    out.push(text.slice(0, each))
  }
  return out
}

export async function measureScriptDisplay(browser: Browser, origin: string, articleId: string) {
  const context = await newContext(browser)
  await context.addInitScript(() => localStorage.setItem('broadsheet.script', 'hant'))
  const page = await context.newPage()
  await page.goto(`${origin}/article/${articleId}`)
  await page.waitForSelector('#root .article-body')
  const shown = await page.waitForFunction(
    () => performance.getEntriesByName('broadsheet:script-shown')[0]?.startTime,
  )
  const tablesMs = Math.round((await shown.jsonValue()) as number)
  const times: number[] = []
  let converted = 0
  for (let run = 0; run < RUNS; run++) {
    const [ms, sample] = await page.evaluate(
      async (paragraphs) => {
        const body = document.querySelector('#root .article-body')!
        const block = document.createElement('div')
        for (const text of paragraphs)
          block.append(Object.assign(document.createElement('p'), { textContent: text }))
        // Observers are called in the order they were made: this one, made after the app's, runs
        // once the app's has converted the block, in the same microtask checkpoint, before layout.
        let end = Number.NaN
        const after = new MutationObserver(() => (end = performance.now()))
        after.observe(body, { childList: true })
        const start = performance.now()
        body.append(block)
        await new Promise((resolve) => setTimeout(resolve))
        after.disconnect()
        const ms = end - start
        const sample = block.textContent ?? ''
        block.remove()
        return [ms, sample] as const
      },
      simplifiedText(run + 1),
    )
    times.push(ms)
    // The text must have changed: a converter that never ran would time nothing.
    if (sample !== simplifiedText(run + 1).join('')) converted++
  }
  await context.close()
  times.sort((a, b) => a - b)
  return {
    chars: CHARS,
    tablesMs,
    convertMedianMs: Math.round(times[Math.floor(RUNS / 2)] ?? Number.NaN),
    convertMaxMs: Math.round(times[RUNS - 1] ?? Number.NaN),
    converted: `${converted}/${RUNS}`,
  }
}
