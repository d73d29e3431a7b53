/**
 * Hexo's side of the bench: a clean `hexo generate` (a fresh site folder: no database, no public
 * folder) on the same synthetic corpus, in a child process, with its wall time, its peak memory
 * and the posts it really rendered. docs/benchmarks.md, "Hexo", says what is counted.
 */
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { opendir, readFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureCorpus } from '../lib/corpus-cache'
import { readUsage, reportUsageInto } from '../lib/usage'
import type { HexoLog } from './hexo-log'
import { parseHexoLog } from './hexo-log'
import { POSTS_DIR, writeHexoSite } from './site'

/** A generate that takes longer than this is stuck (1,000 posts take seconds). */
const TIMEOUT_MS = 30 * 60_000

export interface HexoFigures {
  /** Posts in the corpus Hexo was given. */
  posts: number
  /** Post pages in Hexo's public folder: the posts it rendered, which posts/s counts. */
  postsGenerated: number
  /** Of those, pages with no title: front matter Hexo did not read. */
  postsUntitled: number
  /** Wall time of `hexo generate`, from spawn to exit: Node's start-up and Hexo's loading included. */
  seconds: number
  /** postsGenerated ÷ seconds. */
  postsPerSecond: number
  /** process.resourceUsage().maxRSS of the Hexo process, as the builder reports its own. */
  peakRssMb: number | null
  /** User + system CPU time of the Hexo process: more than `seconds` only if it used both cores. */
  cpuSeconds: number | null
  exitCode: number | null
  log: HexoLog
  /** Where Hexo's full output was saved. */
  logFile: string
  /** Hexo and its plugins, as installed. */
  packages: Record<string, string>
  /** 1-minute load average before and after. */
  load: [number, number]
}

/** Post pages (`p/…/index.html`) in the public folder, and how many of them have no title. */
async function countPostPages(dir: string): Promise<{ pages: number; untitled: number }> {
  let pages = 0
  let untitled = 0
  const walk = async (path: string): Promise<void> => {
    for await (const entry of await opendir(path)) {
      const child = join(path, entry.name)
      if (entry.isDirectory()) await walk(child)
      else if (entry.name === 'index.html') {
        pages += 1
        if ((await readFile(child, 'utf8')).includes('<h1>(untitled)</h1>')) untitled += 1
      }
    }
  }
  if (existsSync(dir)) await walk(dir)
  return { pages, untitled }
}

function run(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, output }))
  })
}

export async function measureHexo(options: {
  posts: number
  work: string
  log: (line: string) => void
}): Promise<HexoFigures> {
  const { posts, work, log } = options
  const projectRoot = resolve('.')
  const corpus = ensureCorpus(posts, log)
  const site = join(work, `hexo-${posts}`)
  log(`hexo ${posts}: writing the site into ${site}`)
  const packages = writeHexoSite({ dir: site, corpusDir: corpus.dir, posts, projectRoot })
  const usageFile = join(work, `hexo-${posts}.usage.json`)
  const usage = reportUsageInto(usageFile)

  log(`hexo ${posts}: hexo generate`)
  const loadBefore = loadavg()[0] ?? 0
  const started = performance.now()
  const { code, output } = await run(
    [...usage.args, join(projectRoot, 'node_modules/.bin/hexo'), 'generate'],
    // NO_COLOR: plain log lines to parse (picocolors colours them where CI is set).
    { cwd: site, env: { ...process.env, NO_COLOR: '1', ...usage.env } },
  )
  const seconds = (performance.now() - started) / 1000
  const loadAfter = loadavg()[0] ?? 0
  const logFile = join(work, `hexo-${posts}.log`)
  writeFileSync(logFile, output)

  const used = readUsage(usageFile)
  const counted = await countPostPages(join(site, 'public', POSTS_DIR))
  const parsed = parseHexoLog(output)
  if (code !== 0) log(`hexo ${posts}: exited with ${code}; its output is in ${logFile}`)
  return {
    posts: corpus.posts,
    postsGenerated: counted.pages,
    postsUntitled: counted.untitled,
    seconds,
    postsPerSecond: counted.pages / seconds,
    peakRssMb: used?.peakRssMb ?? null,
    cpuSeconds: used?.cpuSeconds ?? null,
    exitCode: code,
    log: parsed,
    logFile,
    packages,
    load: [loadBefore, loadAfter],
  }
}
