/**
 * Pagefind's side of the bench, part one: the built bundle's articles as Pagefind records (their
 * original text), indexed by Pagefind's binary through its Node API while its memory is watched,
 * and the files it writes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'
import type { Article, Entry } from '../../src/bundle/format'
import { bundlePaths } from '../../src/bundle/paths'
import type { DocPage } from '../../src/bundle/search-format'
import { articleText } from '../../src/search/article-text'
import { readJson, searchManifestOf } from './bundle-docs'

/** Indexing gives up after this long (a swapping or stuck binary). */
const INDEX_TIMEOUT_MS = 30 * 60_000
/** Records in flight to the binary at once: enough to keep it busy, few enough to stay small. */
const IN_FLIGHT = 32

interface PagefindRecord {
  id: string
  title: string
  content: string
  language: string
}

/** Every article of the bundle with its original title and body text, oldest first. */
function* bundleRecords(bundle: string): Generator<PagefindRecord> {
  const site = readJson<Entry>(bundle, bundlePaths.entry).site
  const fallback = (site.language || 'zh').toLowerCase()
  for (const page of searchManifestOf(bundle).manifest.docPages)
    for (const f of readJson<DocPage>(bundle, bundlePaths.searchDocs(page)).files) {
      const article = readJson<Article & { lang?: string }>(bundle, bundlePaths.article(f))
      const title = article.title
      const content = `${title}\n${articleText(article.html)}`
      const language = article.lang?.toLowerCase() ?? fallback
      yield { id: article.id, title, content, language }
    }
}

// --- Indexing -------------------------------------------------------------------------------

/** Direct children of this process, from /proc/<pid>/stat (field 4 is the parent's pid). */
function childPids(): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === process.pid) pids.push(Number(name))
    } catch {
      // The process ended while we looked.
    }
  }
  return pids
}

function pagefindPid(): number | undefined {
  return childPids().find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')
    } catch {
      return false
    }
  })
}

/** VmHWM (peak resident set) of a live process in MB, undefined once it is gone. */
function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
    return kb === undefined ? undefined : Number(kb) / 1024
  } catch {
    return undefined
  }
}

/** If memory runs out, the kernel should kill the binary (a figure) rather than the bench. */
function preferAsOomVictim(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/oom_score_adj`, '1000')
  } catch {
    // Not allowed here: the kernel picks as it would.
  }
}

/** Rejects when the process disappears (crash, OOM kill), which the Node API may never report. */
function watchExit(pid: number): { died: Promise<never>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined
  const died = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      let state = ''
      try {
        state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? ''
      } catch {
        // Gone and reaped.
      }
      if (state === '' || state === 'Z')
        reject(new Error('the pagefind binary exited (crash or OOM kill)'))
    }, 200)
  })
  died.catch(() => undefined)
  return { died, stop: () => clearInterval(timer) }
}

function timeout(ms: number, what: string): { expired: Promise<never>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)
  })
  expired.catch(() => undefined)
  return { expired, stop: () => clearTimeout(timer) }
}

function errorsOf(what: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`)
}

/** Feeds every record to the binary, a few in flight at a time, then writes the index. */
async function feedAndWrite(
  index: pagefind.PagefindIndex,
  bundle: string,
  outputPath: string,
  signal: AbortSignal,
): Promise<number> {
  let posts = 0
  const inFlight = new Set<Promise<void>>()
  for (const r of bundleRecords(bundle)) {
    // After a timeout or crash: another call would start a new binary.
    signal.throwIfAborted()
    const sent = index
      .addCustomRecord({
        url: `/article/${r.id}`,
        content: r.content,
        language: r.language,
        meta: { title: r.title },
      })
      .then(({ errors }) => errorsOf(`record ${r.id}`, errors))
    const tracked: Promise<void> = sent.finally(() => inFlight.delete(tracked))
    // Handled here so a failure while others are in flight is not an unhandled rejection.
    tracked.catch(() => undefined)
    inFlight.add(tracked)
    posts++
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  signal.throwIfAborted()
  errorsOf('writeFiles', (await index.writeFiles({ outputPath })).errors)
  return posts
}

export interface BuiltIndex {
  posts: number
  buildSeconds: number
  peakRssMb: number | null
}

/**
 * Indexes the bundle into `outputPath`. Time: from starting the binary to the files written,
 * reading and extracting the articles included (pagefind would read the site's HTML itself).
 */
export async function buildIndex(bundle: string, outputPath: string): Promise<BuiltIndex> {
  const started = performance.now()
  const created = await pagefind.createIndex({})
  errorsOf('createIndex', created.errors)
  if (!created.index) throw new Error('createIndex returned no index')
  // Memory: the Node API spawns the binary as our child; its VmHWM in /proc/<pid>/status is the
  // kernel's own peak RSS, read just before the binary is closed, so no sampling can miss it.
  const pid = pagefindPid()
  if (pid !== undefined) preferAsOomVictim(pid)
  const exit = pid === undefined ? undefined : watchExit(pid)
  const limit = timeout(INDEX_TIMEOUT_MS, 'indexing')
  const abort = new AbortController()
  try {
    const work = feedAndWrite(created.index, bundle, outputPath, abort.signal)
    const posts = await Promise.race([work, limit.expired, ...(exit ? [exit.died] : [])])
    const buildSeconds = (performance.now() - started) / 1000
    return { posts, buildSeconds, peakRssMb: pid === undefined ? null : (peakRssMb(pid) ?? null) }
  } finally {
    abort.abort()
    exit?.stop()
    limit.stop()
    await pagefind.close()
  }
}

// --- The written files ----------------------------------------------------------------------

export function filesUnder(dir: string): { rel: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => ({ rel, stat: statSync(join(dir, rel)) }))
    .filter((f) => f.stat.isFile())
    .map((f) => ({ rel: f.rel.split('\\').join('/'), bytes: f.stat.size }))
}

/** Index data, as opposed to pagefind's JS, CSS and wasm. */
export const isIndexData = (rel: string) => /\.pf_\w+$/.test(rel) || rel === 'pagefind-entry.json'

/** Pagefind's own container: gzip around a `pagefind_dcd` signature and the payload. */
function pagefindDecode(bytes: Buffer): Buffer {
  const raw = gunzipSync(bytes)
  const signature = 'pagefind_dcd'
  return raw.subarray(0, signature.length).toString() === signature
    ? raw.subarray(signature.length)
    : raw
}

/**
 * Result id → article id, from the fragment files: exactly what `data()` would fetch for the
 * URL, read here rather than in the page so that recall costs no browser time.
 */
export function fragmentArticles(pagefindDir: string): Map<string, string> {
  const map = new Map<string, string>()
  const dir = join(pagefindDir, 'fragment')
  for (const name of readdirSync(dir)) {
    const json = JSON.parse(pagefindDecode(readFileSync(join(dir, name))).toString('utf8')) as
      { url: string } | Record<string, { url: string }>
    const hash = name.replace(/\.pf_fragment$/, '')
    // A fragment group (many pages per file) maps each page hash to its fragment.
    const entries: [string, { url: unknown }][] =
      typeof json.url === 'string' ? [[hash, json as { url: string }]] : Object.entries(json)
    for (const [id, fragment] of entries)
      if (typeof fragment.url === 'string') map.set(id, fragment.url.replace(/^\/article\//, ''))
  }
  return map
}
