/** Broken posts for `--broken K`: one of each kind in turn (see broken-kinds.ts), plus near-duplicates. */
import { huge, kinds, large } from './broken-kinds'
import type { Expected } from './broken-kinds'
import type { Post } from './post'
import type { Random } from './random'

export interface BrokenFile {
  /** File name inside `_broken/`. */
  name: string
  kind: string
  expected: Expected
  note: string
  content: string | Buffer
  /** For near-duplicates: the post it repeats, relative to the corpus root. */
  duplicateOf?: string
}

/** A post already written to the corpus, which a near-duplicate can repeat. */
export interface WrittenPost {
  post: Post
  relPath: string
}

const pad = (n: number): string => String(n).padStart(3, '0')

/** K broken files, cycling through the kinds; the near-duplicates repeat earlier posts in turn. */
export function makeBrokenFiles(
  r: Random,
  count: number,
  written: readonly WrittenPost[],
  withHuge: boolean,
): BrokenFile[] {
  const all = withHuge ? [...kinds, large, huge] : kinds
  const cycle =
    written.length > 0 ? ['near-duplicate', ...all.map((k) => k.kind)] : all.map((k) => k.kind)
  const files: BrokenFile[] = []
  for (let i = 0; i < count; i++) {
    const kindName = cycle[i % cycle.length] ?? ''
    const name = `${pad(i + 1)}-${kindName}.md`
    const kind = all.find((k) => k.kind === kindName)
    if (kind) {
      files.push({
        name,
        kind: kind.kind,
        expected: kind.expected,
        note: kind.note,
        content: kind.make(r),
      })
      continue
    }
    const original = written[Math.floor(i / cycle.length) % written.length]
    if (!original) continue
    files.push({
      name,
      kind: 'near-duplicate',
      expected: 'rejected',
      note: 'same title, date and categories as another post',
      content: `${original.post.text}\n<!-- 重复抓取 -->\n`,
      duplicateOf: original.relPath,
    })
  }
  return files
}
