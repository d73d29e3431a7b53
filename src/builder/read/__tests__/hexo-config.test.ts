import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandPermalink, resolveSiteRoot } from '../hexo-config'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-site-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function site(name: string, config?: string): Promise<string> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  if (config !== undefined) await writeFile(join(dir, '_config.yml'), config)
  return dir
}

describe('resolveSiteRoot', () => {
  it('reads a Hexo site root', async () => {
    const dir = await site(
      'hexo',
      'title: Morning Wire\nlanguage:\n  - zh-CN\n  - en\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:title/\nsince: 2021-03-01\n',
    )
    expect(await resolveSiteRoot(dir)).toEqual({
      postsDir: join(dir, 'source/_posts'),
      site: {
        title: 'Morning Wire',
        language: 'zh-CN',
        timezone: 'Asia/Shanghai',
        permalink: ':year/:month/:day/:title/',
      },
    })
  })

  it('follows source_dir and skips empty values', async () => {
    const dir = await site('custom', 'source_dir: src\nlanguage: default\ntimezone: ""\n')
    expect(await resolveSiteRoot(dir)).toEqual({ postsDir: join(dir, 'src/_posts'), site: {} })
  })

  it('takes a folder with no _config.yml as the posts folder', async () => {
    const dir = await site('plain')
    expect(await resolveSiteRoot(dir)).toEqual({ postsDir: dir, site: {} })
  })

  it('throws a clear error for broken YAML', async () => {
    const dir = await site('broken', 'title: "unclosed\npermalink: [\n')
    await expect(resolveSiteRoot(dir)).rejects.toThrow(/_config\.yml is not valid YAML/)
    const list = await site('list', '- a\n- b\n')
    await expect(resolveSiteRoot(list)).rejects.toThrow(/not a YAML mapping/)
  })
})

describe('expandPermalink', () => {
  const post = {
    relPath: 'Finance/Wire/Rates rise again.md',
    // 21:09 UTC on the 22nd is 05:09 on the 23rd in Shanghai.
    date: new Date('2022-04-22T21:09:06Z'),
    timezone: 'Asia/Shanghai',
    categories: [['Finance', 'Wire & Co'], ['Other']],
    id: 'a1b2c3',
  }

  it('expands dates in the site zone and :title as the path under the posts folder', () => {
    expect(expandPermalink(':year/:month/:day/:title/', post)).toBe(
      '2022/04/23/Finance/Wire/Rates rise again/',
    )
    expect(expandPermalink('/:i_month-:i_day/:hour:minute:second/:name.html', post)).toBe(
      '4-23/050906/Rates rise again.html',
    )
  })

  it('expands :id, :category, :post_title and :hash', () => {
    expect(expandPermalink('p/:id', post)).toBe('p/a1b2c3')
    expect(expandPermalink(':category/:name', post)).toBe('Finance/Wire-Co/Rates rise again')
    expect(expandPermalink(':category/:id', { ...post, categories: [] })).toBe(
      'uncategorized/a1b2c3',
    )
    expect(expandPermalink(':post_title/', { ...post, title: 'Rates Rise, Again!' })).toBe(
      'rates-rise-again/',
    )
    expect(expandPermalink(':hash', post)).toMatch(/^[0-9a-f]{12}$/)
  })

  it('leaves unknown parameters as written', () => {
    expect(expandPermalink(':year/:lang/:title', post)).toBe(
      '2022/:lang/Finance/Wire/Rates rise again',
    )
  })
})
