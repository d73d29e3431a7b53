/** Runs the real site build in a child process and reads its figures. */
import { spawn } from 'node:child_process'
import { opendir, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBundleJson } from '../../src/builder/index'
import { readUsage, reportUsageInto } from './usage'

export interface BuildFigures {
  /** Wall time of the command, Node's start included. */
  seconds: number
  /** User + system CPU time of the command, all its threads (since 2026-12-07). */
  cpuSeconds: number | null
  /** The builder's own figures from `--stats`. */
  ms: number
  maxRssMb: number
  timings: Record<string, number>
  ok: number
  rejected: number
  /** Files the bundle step wrote, and list pages it hard-linked (incremental builds). */
  written?: number
  linked?: number
}

/** `site`: the deployable folder (app, bundle, share pages); `bundle`: the builder alone. */
export async function runBuild(
  command: 'site' | 'bundle',
  posts: string,
  out: string,
  extra: string[] = [],
): Promise<BuildFigures> {
  const usageFile = join(tmpdir(), `bench-usage-${process.pid}-${command}.json`)
  const usage = reportUsageInto(usageFile)
  const started = performance.now()
  const args = [
    ...usage.args,
    '--import',
    'tsx',
    'src/builder/cli.ts',
    command,
    '--posts',
    posts,
    '--out',
    out,
    '--stats',
    '--quiet',
    ...extra,
  ]
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...usage.env },
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${command} build exited with ${code}`)),
    )
  })
  const seconds = (performance.now() - started) / 1000
  const cpuSeconds = readUsage(usageFile)?.cpuSeconds ?? null
  const line = stdout
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'))
  if (!line) throw new Error(`no --stats line in the build output:\n${stdout}`)
  const stats = JSON.parse(line) as Omit<BuildFigures, 'seconds' | 'cpuSeconds'>
  return { ...stats, seconds, cpuSeconds }
}

/** Bytes under each top-level name of the site (`data/` split by folder), and the total. */
export async function measureOutput(
  root: string,
): Promise<{ total: number; parts: Record<string, number> }> {
  const parts: Record<string, number> = {}
  let total = 0
  const walk = async (dir: string, rel: string[]): Promise<void> => {
    for await (const entry of await opendir(dir)) {
      const path = join(dir, entry.name)
      const names = [...rel, entry.name]
      if (entry.isDirectory()) {
        await walk(path, names)
        continue
      }
      const size = (await stat(path)).size
      const key =
        names[0] === 'data' && names.length > 1 ? names.slice(0, 2).join('/') : (names[0] as string)
      parts[key] = (parts[key] ?? 0) + size
      total += size
    }
  }
  await walk(root, [])
  return { total, parts }
}

/**
 * How many files hold each article's summary data: list pages, the article file, and the
 * share page when there is one. Reads every list page, so it costs a few seconds at 100,000.
 */
export async function measureDuplication(
  site: string,
): Promise<{ maxCopies: number; meanCopies: number; listCopiesMax: number }> {
  const copies = new Map<string, number>()
  for await (const entry of await opendir(join(site, 'data/lists'))) {
    const page = (await readBundleJson(join(site, 'data/lists', entry.name))) as {
      items: { id: string }[]
    }
    for (const item of page.items) copies.set(item.id, (copies.get(item.id) ?? 0) + 1)
  }
  let shares = 0
  try {
    for await (const entry of await opendir(join(site, 'article')))
      if (entry.name.endsWith('.html')) shares += 1
  } catch {
    // No share pages in this build.
  }
  const perArticleFiles = 1 + (shares > 0 ? 1 : 0)
  let max = 0
  let sum = 0
  for (const n of copies.values()) {
    max = Math.max(max, n)
    sum += n
  }
  return {
    listCopiesMax: max,
    maxCopies: max + perArticleFiles,
    meanCopies: copies.size ? sum / copies.size + perArticleFiles : 0,
  }
}
