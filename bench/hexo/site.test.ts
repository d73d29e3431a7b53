import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeHexoSite } from './site'

const root = mkdtempSync(join(tmpdir(), 'hexo-site-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const dir = join(root, 'site')
let packages: Record<string, string> = {}

beforeAll(() => {
  const corpus = join(root, 'corpus')
  mkdirSync(join(corpus, '科技/芯片周报'), { recursive: true })
  writeFileSync(join(corpus, '科技/芯片周报/一.md'), '---\ntitle: 一\n---\n\nbody\n')
  writeFileSync(join(corpus, '.complete.json'), '{}')
  packages = writeHexoSite({ dir, corpusDir: corpus, posts: 1, projectRoot: resolve('.') })
})

describe('writeHexoSite', () => {
  it('lists Hexo and the plugins a stock site renders these posts with, as installed', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      hexo: { version: string }
      dependencies: Record<string, string>
    }
    expect(pkg.dependencies).toEqual(packages)
    expect(pkg.hexo.version).toBe(packages.hexo)
    for (const name of [
      'hexo-renderer-marked',
      'hexo-renderer-ejs',
      'hexo-generator-index',
      'hexo-generator-archive',
      'hexo-generator-category',
    ])
      expect(pkg.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('writes the theme’s layouts, the posts without the cache marker, and links node_modules', () => {
    for (const layout of ['layout', 'index', 'post', 'archive', 'category'])
      expect(existsSync(join(dir, 'themes/broadsheet-bench/layout', `${layout}.ejs`))).toBe(true)
    expect(readFileSync(join(dir, 'source/_posts/科技/芯片周报/一.md'), 'utf8')).toContain(
      'title: 一',
    )
    expect(existsSync(join(dir, 'source/_posts/.complete.json'))).toBe(false)
    expect(realpathSync(join(dir, 'node_modules'))).toBe(realpathSync('node_modules'))
    expect(readFileSync(join(dir, '_config.yml'), 'utf8')).toContain('theme: broadsheet-bench')
  })
})
