/**
 * Lighthouse 13 (mobile, its default simulated throttling) on a served site: the four category
 * scores, LCP, TBT and CLS, and the audits that kept a score under 1. Lighthouse 13 needs Node
 * 22.19 or newer: it runs under this Node when that is new enough, else under the Node 24 that
 * `.ci/node24` fetches, else it is skipped, saying why.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Result as LighthouseResult } from 'lighthouse'
// @ts-expect-error: a plain .mjs module shared with the e2e config, no types.
import { CHROMIUM_ARGS, findBrowser } from '../../test-support/find-browser.mjs'

const CLI = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url))
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export interface LighthouseFigures {
  url: string
  scores: Record<(typeof CATEGORIES)[number], number | null>
  lcpMs: number
  tbtMs: number
  cls: number
  /** Audits scored under 1 (weighted in some category), by category: what to fix. */
  failing: Record<string, string[]>
}

const major = (version: string) => Number(/^v?(\d+)/.exec(version)?.[1] ?? 0)

/** A Node that runs Lighthouse 13, or why there is none. */
export function lighthouseNode(): { node: string } | { skipped: string } {
  if (major(process.version) >= 22) return { node: process.execPath }
  const dir = process.env.NODE24_DIR ?? '/tmp/broadsheet-node24'
  const node = join(dir, 'package/bin/node')
  if (existsSync(node)) return { node }
  return {
    skipped: `Lighthouse 13 needs Node 22.19 or newer; this is ${process.version} and no Node 24 is at ${node} (bash .ci/node24 fetches one)`,
  }
}

function run(node: string, args: string[]) {
  // chrome-launcher finds the browser through CHROME_PATH.
  const chrome = findBrowser() as string | null | undefined
  const env = { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }
  return new Promise<void>((resolve, reject) => {
    execFile(node, [CLI, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, _out, stderr) =>
      error ? reject(new Error(`lighthouse failed: ${stderr.slice(-2000)}`)) : resolve(),
    )
  })
}

function figures(lhr: LighthouseResult): LighthouseFigures {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const failing: Record<string, string[]> = {}
  for (const id of CATEGORIES) {
    const category = lhr.categories[id]
    failing[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit!.id} (${audit!.score})`)
  }
  return {
    url: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]),
    ) as LighthouseFigures['scores'],
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(4)),
    failing,
  }
}

/** One Lighthouse run per URL, in turn. `browserArgs`: more Chromium flags (the image host's). */
export async function measureLighthouse(
  node: string,
  urls: string[],
  browserArgs: string[] = [],
): Promise<LighthouseFigures[]> {
  const flags = ['--headless=new', ...(CHROMIUM_ARGS as string[]), ...browserArgs]
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'))
  const results: LighthouseFigures[] = []
  try {
    for (const [index, url] of urls.entries()) {
      const out = join(dir, `${index}.json`)
      await run(node, [
        url,
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        // Lighthouse splits this on spaces, except inside quotes.
        `--chrome-flags=${flags.map((f) => f.replace(/=(.* .*)$/, '="$1"')).join(' ')}`,
        '--quiet',
      ])
      results.push(figures(JSON.parse(readFileSync(out, 'utf8')) as LighthouseResult))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}

/** One line per page: the scores, the three metrics, and what kept a score under 1. */
export function formatLighthouse(
  posts: number,
  figures: LighthouseFigures[] | { skipped: string },
) {
  const head = `Lighthouse 13 (mobile, simulated throttling) at ${posts.toLocaleString('en-US')} posts:`
  if ('skipped' in figures) return `${head} skipped: ${figures.skipped}`
  const lines = figures.map((f) => {
    const scores = CATEGORIES.map((id) => `${id} ${f.scores[id] ?? '–'}`).join(', ')
    const under = Object.entries(f.failing)
      .filter(([, audits]) => audits.length > 0)
      .map(([id, audits]) => `${id}: ${audits.join(', ')}`)
      .join('; ')
    return `- ${new URL(f.url).pathname}: ${scores}; LCP ${(f.lcpMs / 1000).toFixed(2)} s, TBT ${f.tbtMs} ms, CLS ${f.cls}${under ? `; under 1: ${under}` : ''}`
  })
  return [head, ...lines].join('\n')
}
