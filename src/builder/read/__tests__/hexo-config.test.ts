import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveSiteRoot } from '../hexo-config'

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
      'title: Morning Wire\nlanguage:\n  - zh-CN\n  - en\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:title/\nsince: 2021-03-01\npost_asset_folder: true\n',
    )
    expect(await resolveSiteRoot(dir)).toEqual({
      postsDir: join(dir, 'source/_posts'),
      sourceDir: join(dir, 'source'),
      site: {
        title: 'Morning Wire',
        language: 'zh-CN',
        timezone: 'Asia/Shanghai',
        permalink: ':year/:month/:day/:title/',
        postAssetFolder: true,
      },
    })
  })

  it('follows source_dir and skips empty values', async () => {
    const dir = await site('custom', 'source_dir: src\nlanguage: default\ntimezone: ""\n')
    expect(await resolveSiteRoot(dir)).toEqual({
      postsDir: join(dir, 'src/_posts'),
      sourceDir: join(dir, 'src'),
      site: {},
    })
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
