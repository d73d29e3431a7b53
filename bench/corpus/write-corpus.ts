/** Generates and writes a corpus one post at a time, so memory stays flat at any size. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makeBrokenFiles } from './broken'
import type { WrittenPost } from './broken'
import { createPathAllocator, fileNameFor } from './file-name'
import type { CorpusOptions } from './options'
import { makePost } from './post'
import { createRandom } from './random'

export interface CorpusSummary {
  posts: number
  broken: number
  bytes: number
  seconds: number
}

/** Posts kept for near-duplicates to repeat; only these few stay in memory. */
const keep = 32

function prepareOut(out: string, clean: boolean): void {
  if (clean) rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  if (readdirSync(out).length > 0)
    throw new Error(`${out} is not empty (pass --clean to replace it)`)
}

export function writeCorpus(options: CorpusOptions): CorpusSummary {
  const started = performance.now()
  prepareOut(options.out, options.clean)
  const r = createRandom(options.seed)
  const allocate = createPathAllocator()
  const madeDirs = new Set<string>()
  const kept: WrittenPost[] = []
  let bytes = 0

  const write = (relPath: string, content: string | Buffer): void => {
    const file = join(options.out, relPath)
    const dir = dirname(file)
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true })
      madeDirs.add(dir)
    }
    writeFileSync(file, content)
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length
  }

  for (let i = 0; i < options.count; i++) {
    const post = makePost(r)
    const relPath = allocate(post.path.join('/'), fileNameFor(post.title))
    write(relPath, post.text)
    if (kept.length < keep) kept.push({ post, relPath })
  }

  // A stream of its own, so the broken files stay the same when only --count changes (near-duplicates aside).
  const broken = makeBrokenFiles(
    createRandom(options.seed ^ 0x5bd1e995),
    options.broken,
    kept,
    options.huge,
  )
  for (const file of broken) write(`_broken/${file.name}`, file.content)
  if (broken.length > 0) {
    const manifest = {
      seed: options.seed,
      files: broken.map(({ name, kind, expected, note, duplicateOf }) => ({
        path: `_broken/${name}`,
        kind,
        expected,
        note,
        ...(duplicateOf === undefined ? {} : { duplicateOf }),
      })),
    }
    writeFileSync(
      join(options.out, '_broken', 'manifest.json'),
      `${JSON.stringify(manifest, null, 2)}\n`,
    )
  }

  return {
    posts: options.count,
    broken: broken.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
  }
}
