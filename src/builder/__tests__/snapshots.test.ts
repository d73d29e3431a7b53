import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../bundle/format'
import { DEFAULT_CONFIG } from '../config'
import { articleId } from '../write/hash'
import { processPost } from '../workers/process-post'

// Fixture posts of our own writing, one per shape the builder must handle, against file snapshots.
const root = fileURLToPath(new URL('./fixtures/posts', import.meta.url))

function listPosts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listPosts(path) : [path]
  })
}

describe('fixture posts through the builder', () => {
  for (const absPath of listPosts(root).sort()) {
    const relPath = relative(root, absPath).split(sep).join('/')
    it(relPath, async () => {
      const result = await processPost({
        relPath,
        absPath,
        id: articleId(relPath),
        timezone: 'Asia/Shanghai',
        maxPostBytes: DEFAULT_CONFIG.maxPostBytes,
        maxDepth: DEFAULT_CONFIG.maxDepth,
        permalink: DEFAULT_CONFIG.permalink,
        // A sub-path deploy: site-root image paths must move under it.
        base: '/news/',
      })
      expect(result.entry.status).not.toBe('rejected')
      const article = JSON.parse(result.file?.json ?? '{}') as Article
      const snapshot = { report: result.entry, summary: result.summary, article }
      const name = relPath.replace(/\.md$/, '').replace(/[/ ]/g, '_')
      await expect(JSON.stringify(snapshot, null, 2)).toMatchFileSnapshot(
        `./__snapshots__/${name}.json`,
      )
    })
  }
})
