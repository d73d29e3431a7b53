// @vitest-environment jsdom
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, BuildReport } from '../../bundle/format'
import { findForbidden } from '../../../test-support/hostile/find-forbidden'
import { VECTORS } from '../../../test-support/hostile/vectors'
import { SANITIZE_POLICY } from '../../sanitize/policy'
import { buildBundle } from '../pipeline/build-bundle'
import { cleanArticleHtml } from '../clean/clean-html'
import { resolveConfig } from '../config'
import { readBundleJson } from '../write/bundle-file'
import { markupOf, parseBody as parse } from '../../../test-support/markup-of'

const CHECK = { tags: SANITIZE_POLICY.allowedTags, iframeHosts: SANITIZE_POLICY.iframeHosts }

// Rejected outright, so nothing ships: posts over the size limit, and NUL bytes (binary data).
const REJECTION = /limit|binary data/

// The whole cleaning pipeline, not just the sanitizer: boilerplate removal, image repair and URL
// rewriting run first and must not turn a hostile input into something the sanitizer lets by.
describe('hostile vectors through cleanArticleHtml', () => {
  it.each(VECTORS)('$name', ({ html, forbidden }) => {
    const { html: out } = cleanArticleHtml(html, { maxDepth: SANITIZE_POLICY.maxDepth })
    for (const pattern of forbidden) expect(out).not.toMatch(pattern)
    expect(findForbidden(parse(out), CHECK)).toEqual([])
  })
})

describe('hostile vectors as posts, through the builder into the bundle', () => {
  let root: string
  let out: string
  let report: BuildReport
  const post = (i: number) => `hostile/${String(i).padStart(3, '0')}.md`

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'broadsheet-hostile-'))
    out = join(root, 'out')
    await mkdir(join(root, 'posts', 'hostile'), { recursive: true })
    await Promise.all(
      VECTORS.map((v, i) =>
        writeFile(
          join(root, 'posts', post(i)),
          `---\ntitle: 'Hostile ${i}'\ndate: 2024-01-01 10:00:00\ncategories: [Hostile]\n---\n${v.html}\n`,
        ),
      ),
    )
    await buildBundle(resolveConfig({ posts: join(root, 'posts'), out, workers: 0 }))
    report = JSON.parse(await readFile(join(out, 'build-report.json'), 'utf8')) as BuildReport
  }, 120_000)
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('ships no forbidden construct, or rejects the post for its size', async () => {
    const problems: string[] = []
    for (const [i, v] of VECTORS.entries()) {
      const entry = report.entries.find((e) => e.path === post(i))
      if (!entry?.file) {
        if (!REJECTION.test(entry?.reason ?? ''))
          problems.push(`${v.name}: ${entry?.status ?? 'no report entry'} ${entry?.reason ?? ''}`)
        continue
      }
      const { html } = await readBundleJson<Article>(join(out, entry.file))
      const body = parse(html)
      for (const pattern of v.forbidden)
        if (pattern.test(markupOf(body))) problems.push(`${v.name}: ${String(pattern)}`)
      for (const found of findForbidden(body, CHECK)) problems.push(`${v.name}: ${found}`)
    }
    expect(problems).toEqual([])
    expect(report.entries.filter((e) => e.file).length).toBeGreaterThan(VECTORS.length - 6)
  })
})
