import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '../parse/front-matter'
import { PostError } from '../read/post-error'
import { decodePost } from '../read/read-post'

// The shared corpus of real posts sits next to the repository; the test skips when it is absent.
const corpusDir = resolve(process.cwd(), '../shared/corpus/posts')

describe.skipIf(!existsSync(corpusDir))('the real corpus', () => {
  it('decodes and parses every post, throwing nothing but PostError', () => {
    const files = readdirSync(corpusDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
    let titled = 0
    const unexpected: string[] = []
    for (const file of files) {
      try {
        const raw = decodePost(readFileSync(file), { maxBytes: 4 << 20 })
        const front = parseFrontMatter(raw.text, { fileName: file.split('/').pop() ?? file })
        if (typeof front.data.title === 'string' && front.data.title.trim()) titled++
      } catch (e) {
        if (!(e instanceof PostError)) unexpected.push(`${file}: ${String(e)}`)
      }
    }
    expect(unexpected).toEqual([])
    expect(files.length).toBeGreaterThanOrEqual(301)
    expect(titled).toBeGreaterThanOrEqual(295)
  })
})
