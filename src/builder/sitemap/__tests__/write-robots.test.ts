import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeRobots } from '../write-robots'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-robots-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('robots.txt', () => {
  it('allows every path and names the sitemap index, for a site at its host’s root', async () => {
    const dir = join(root, 'top')
    await mkdir(dir)
    expect(await writeRobots(dir, 'https://example.com/')).toBe('written')
    expect(await readFile(join(dir, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nDisallow:\n\nSitemap: https://example.com/sitemap.xml\n',
    )
  })

  it('keeps the site’s own robots.txt', async () => {
    const dir = join(root, 'own')
    await mkdir(dir)
    await writeFile(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n')
    expect(await writeRobots(dir, 'https://example.com/')).toBe('site')
    expect(await readFile(join(dir, 'robots.txt'), 'utf8')).toContain('/private/')
  })

  it('writes none under a sub-path, where crawlers never look for one', async () => {
    const dir = join(root, 'sub')
    await mkdir(dir)
    expect(await writeRobots(dir, 'https://example.com/news/')).toBe('not at the host root')
    await expect(readFile(join(dir, 'robots.txt'))).rejects.toThrow()
  })
})
