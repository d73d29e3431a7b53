/**
 * The dev server's path: createDevBundler, as src/builder/vite/dev-bundle-plugin.ts runs it. Builds once cold, once with nothing changed, and once after editing one post.
 */
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createDevBundler } from '../../src/builder/index'
import { runBuild } from './build'

export interface RebuildFigures {
  coldMs: number
  unchangedMs: number
  unchangedWritten: number
  oneChangedMs: number
  /** Files the one-post rebuild wrote: its article, the list pages around it, the indexes. */
  oneChangedWritten: number
  /** List pages the one-post rebuild renamed without new bytes (hard links to the old pages). */
  oneChangedLinked: number
  /**
   * `cli.ts bundle --incremental` into the same folder (its `.cache.json` saved from the build
   * above): the builder's own ms (Node and tsx start-up excluded) and files written.
   */
  cli: {
    unchangedMs: number
    oneChangedMs: number
    oneChangedWritten: number
    oneChangedLinked: number
  }
}

export async function measureRebuild(
  posts: string,
  out: string,
  samplePost: string,
): Promise<RebuildFigures> {
  await rm(out, { recursive: true, force: true })
  const bundler = createDevBundler({ posts, out, workers: 2 })
  const timed = async () => {
    const started = performance.now()
    const result = await bundler.build()
    return { ms: performance.now() - started, written: result.written, linked: result.linked }
  }
  const cold = await timed()
  const unchanged = await timed()
  const path = join(posts, samplePost)
  const original = await readFile(path)
  const { atime, mtime } = await stat(path)
  const edit = (text: string) =>
    writeFile(path, Buffer.concat([original, Buffer.from(`\n\n${text}\n`)]))
  const cliBuild = () => runBuild('bundle', posts, out, ['--incremental'])
  let changed: { ms: number; written: number; linked: number }
  let cli: RebuildFigures['cli']
  try {
    await edit('One more paragraph, added by the benchmark.')
    changed = await timed()
    await bundler.close()
    await bundler.saveCache()
    const unchangedCli = await cliBuild()
    await edit('Another paragraph, added by the benchmark.')
    const changedCli = await cliBuild()
    cli = {
      unchangedMs: unchangedCli.ms,
      oneChangedMs: changedCli.ms,
      oneChangedWritten: changedCli.written ?? 0,
      oneChangedLinked: changedCli.linked ?? 0,
    }
  } finally {
    await bundler.close()
    // The cached corpus must stay exactly as generated.
    await writeFile(path, original)
    await utimes(path, atime, mtime)
  }
  return {
    coldMs: cold.ms,
    unchangedMs: unchanged.ms,
    unchangedWritten: unchanged.written,
    oneChangedMs: changed.ms,
    oneChangedWritten: changed.written,
    oneChangedLinked: changed.linked,
    cli,
  }
}
