import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findAll, findOne, textContent } from 'domutils'
import { parseDocument } from 'htmlparser2'
import { afterAll, describe, expect, it } from 'vitest'
import type { Entry } from '../../../bundle/format'
import { buildBundle } from '../../pipeline/build-bundle'
import { siteRootUrl } from '../build-site'
import { resolveConfig } from '../../config'
import { SHARE_PAGE_MAX_BYTES, previewText, sharePage, writeSharePages } from '../share-pages'
import { slimIndexHtml } from '../share-page-template'
import { readLatest } from '../read-latest'
import { item, site } from './share-fixtures'

// Shaped like the built index.html, CSP meta included: the share pages' fixed cost.
const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="${"default-src 'self'; ".repeat(30)}"><meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="theme-color" content="#FCFBF8" media="(prefers-color-scheme: light)" />
    <title>Broadsheet</title>
    <!-- a comment -->
    <script type="module" crossorigin src="/news/_app/index-abc.js" fetchpriority="low"></script>
    <link rel="stylesheet" crossorigin href="/news/_app/index-abc.css">
    <script src="/news/boot.js"></script>
    <link rel="apple-touch-icon" href="/news/icons/apple-touch-icon.png">
  <link rel="manifest" href="/news/manifest.webmanifest"></head>
  <body>
    <div id="root"></div>
    <noscript>JavaScript needed.</noscript>
  </body>
</html>`

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]

describe('sharePage', () => {
  it('carries the preview tags, escaped, and boots the app like index.html', () => {
    const html = sharePage(item, { indexHtml: INDEX, site, siteRoot: 'https://example.com/news/' })
    // Escaped as the HTML standard serializes: `&` and `"` in attribute values, `&`, `<` and `>` in text.
    const title = 'A &quot;quoted&quot; <b>title</b> &amp; more'
    const text = 'A "quoted" &lt;b&gt;title&lt;/b&gt; &amp; more'
    expect(meta(html, 'og:title')).toBe(title)
    expect(html).toContain(`<title>${text} · 新闻归档</title>`)
    // Read back by a parser: the same title everywhere, and never markup.
    const page = parseDocument(html)
    expect(findAll((el) => el.name === 'b', page.children)).toEqual([])
    const og = findOne((el) => el.attribs.property === 'og:title', page.children)
    expect(og?.attribs.content).toBe(item.title)
    expect(textContent(findOne((el) => el.name === 'h1', page.children) ?? [])).toBe(item.title)
    expect(meta(html, 'description')).toBe(item.excerpt)
    expect(meta(html, 'og:type')).toBe('article')
    expect(meta(html, 'article:published_time')).toBe(item.date)
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    expect(meta(html, 'og:url')).toBe('https://example.com/news/article/AbC-123_xyz0')
    expect(meta(html, 'og:image')).toBe('https://example.com/news/sample/x.jpg')
    expect(html).toContain(
      '<link rel="canonical" href="https://example.com/news/article/AbC-123_xyz0">',
    )
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(ld).not.toContain('<')
    expect(JSON.parse(ld)).toMatchObject({
      '@type': 'NewsArticle',
      headline: item.title,
      image: ['https://example.com/news/sample/x.jpg'],
    })
    expect(html).toContain(
      `<div id="root"><article class="share-preview"><h1>${text}</h1><p>${item.excerpt}</p></article></div>`,
    )
    expect(html).toContain('<script type="module" src="/news/_app/index-abc.js"></script>')
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"')
    expect(html).not.toContain('Broadsheet</title>')
  })

  it('leaves out absolute-URL tags without a site URL, and placeholder images always', () => {
    const html = sharePage(item, { indexHtml: INDEX, site })
    expect(html).not.toContain('rel="canonical"')
    expect(meta(html, 'og:url')).toBeUndefined()
    expect(meta(html, 'og:image')).toBeUndefined()
    const absolute = sharePage(
      { ...item, thumbnail: 'https://img.example.net/a.jpg' },
      { indexHtml: INDEX, site },
    )
    expect(meta(absolute, 'og:image')).toBe('https://img.example.net/a.jpg')
    const picsum = sharePage(
      { ...item, thumbnail: 'https://picsum.photos/640/360' },
      { indexHtml: INDEX, site },
    )
    expect(meta(picsum, 'og:image')).toBeUndefined()
  })

  it(`stays within ${SHARE_PAGE_MAX_BYTES} bytes however long the title and excerpt`, () => {
    const long = {
      ...item,
      title: '很长的标题'.repeat(40),
      excerpt: '这是一段很长的摘要，'.repeat(40),
    }
    const html = sharePage(long, { indexHtml: INDEX, site, siteRoot: 'https://example.com/news/' })
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
    expect(meta(html, 'og:title')).toMatch(/^很长的标题.*…$/)
    expect(meta(html, 'description')).toMatch(/^这是一段很长的摘要.*…$/)
  })

  it('preloads the article’s file for the first paint, and its id shard, and drops those hints before cutting the title', () => {
    const entry = {
      idShards: ['s0', 's1'],
    } as Entry
    const input = { indexHtml: INDEX, site, base: '/news/', entry }
    const html = sharePage(item, input)
    const article =
      '<link data-article rel="preload" href="/news/data/articles/f00.json.gz" as="fetch" crossorigin>'
    // Ahead of the app's script, and so of boot.js, which holds back whatever follows it.
    expect(html).toContain(`${article}<script type="module" src="/news/_app/index-abc.js">`)
    expect(html).toMatch(
      /<link rel="preload" href="\/news\/data\/ids\/s[01]\.json\.gz" as="fetch" crossorigin><\/head>/,
    )
    const bare = Buffer.byteLength(sharePage(item, { indexHtml: INDEX, site }))
    const pad = (bytes: number) => ({ ...item, author: 'x'.repeat(bytes) })
    // Just over: the id shard's hint goes first; the article's and the excerpt stay.
    const over = sharePage(pad(SHARE_PAGE_MAX_BYTES - Buffer.byteLength(html) + 10), input)
    expect(Buffer.byteLength(over)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
    expect(over).toContain(article)
    expect(over).not.toContain('data/ids/')
    expect(meta(over, 'description')).toBe(item.excerpt)
    // A page that fits only without both keeps its title whole.
    const fitted = sharePage(pad(SHARE_PAGE_MAX_BYTES - bare - 40), input)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
    expect(fitted).not.toContain('data/articles/')
    expect(meta(fitted, 'og:title')).toBe(meta(html, 'og:title'))
  })

  it('preloads the header image as the article requests it, and lets that hint go before the article file’s', () => {
    const entry = { idShards: ['s0'] } as Entry
    const headImages = new Map([[item.id, 'https://img.example.com/hero.jpg']])
    const input = { indexHtml: INDEX, site, base: '/news/', entry, headImages }
    const html = sharePage(item, input)
    const image =
      '<link rel="preload" as="image" href="https://img.example.com/hero.jpg" fetchpriority="high" referrerpolicy="no-referrer">'
    expect(html).toContain(`${image}<script type="module" src="/news/_app/index-abc.js">`)
    expect(sharePage({ ...item, id: 'other' }, input)).not.toContain('as="image"')
    const pad = (bytes: number) => ({ ...item, author: 'x'.repeat(bytes) })
    const without = Buffer.byteLength(sharePage(item, { ...input, headImages: undefined }))
    // Fits only without the image's hint (and the id shard's): the article file's hint stays.
    const over = sharePage(pad(SHARE_PAGE_MAX_BYTES - without + 60), input)
    expect(Buffer.byteLength(over)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
    expect(over).not.toContain('as="image"')
    expect(over).toContain('data-article')
  })

  it('slims index.html to what booting needs', () => {
    const slim = slimIndexHtml(INDEX)
    expect(slim).not.toMatch(/<!--|theme-color|apple-touch-icon|manifest|noscript|>\s+<|\/>/)
    expect(slim).toContain('/news/boot.js')
    // Same-origin: crossorigin changes nothing for scripts and styles, only the fetch preloads need it.
    expect(slim).toContain('<link rel="stylesheet" href="/news/_app/index-abc.css">')
  })

  it('gives og:description the start of the excerpt, which stays whole in the description and body', () => {
    const excerpt =
      '一位电网公司相关负责人表示：“用户的反馈是最好的老师。”数据显示，5月成渝地区跨境结算规模达到256万件，同比增长10.2%。值得注意的是，县域连锁超市稳步扩大。'
    const html = sharePage({ ...item, excerpt }, { indexHtml: INDEX, site })
    expect(meta(html, 'description')).toBe(excerpt)
    expect(html).toContain(`<p>${excerpt}</p>`)
    const og = meta(html, 'og:description') ?? ''
    expect(og).toMatch(/…$/)
    expect(excerpt.startsWith(og.slice(0, -1))).toBe(true)
    expect([...og].length).toBeGreaterThanOrEqual(40)
    expect([...og].length).toBeLessThan([...excerpt].length - 20)
    // Latin text counts half as wide: a short English excerpt stays whole.
    expect(meta(sharePage(item, { indexHtml: INDEX, site }), 'og:description')).toBe(item.excerpt)
    expect(previewText('a'.repeat(150))).toBe(`${'a'.repeat(99)}…`)
  })

  it('previews a description given beside the excerpt, as Hexo themes do', () => {
    const html = sharePage(
      { ...item, description: 'What the post is about, for previews.' },
      { indexHtml: INDEX, site },
    )
    expect(meta(html, 'description')).toBe('What the post is about, for previews.')
    expect(meta(html, 'og:description')).toBe('What the post is about, for previews.')
    expect(html).not.toContain(item.excerpt)
  })
})

describe('siteRootUrl', () => {
  it('adds the base to a bare origin and keeps an explicit path', () => {
    expect(siteRootUrl('https://example.com', '/news/')).toBe('https://example.com/news/')
    expect(siteRootUrl('https://example.com/', '/')).toBe('https://example.com/')
    expect(siteRootUrl('https://cdn.example.com/mirror', '/news/')).toBe(
      'https://cdn.example.com/mirror/',
    )
    expect(() => siteRootUrl('ftp://example.com', '/')).toThrow(/http/)
  })
})

describe('writeSharePages', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

  it('writes one flat article/<id>.html per article of the bundle', async () => {
    const out = await mkdtemp(join(tmpdir(), 'share-pages-'))
    dirs.push(out)
    const config = resolveConfig({ posts: 'content', out: join(out, 'data'), workers: 1 })
    const { entry, site: built } = await buildBundle(config)
    const latest = await readLatest(out, entry)
    const written = await writeSharePages(out, entry, latest, { indexHtml: INDEX, site: built })
    const files = await readdir(join(out, 'article'))
    expect(written).toBe(entry.counts.articles)
    expect(files).toHaveLength(entry.counts.articles)
    for (const file of files) {
      expect(file).toMatch(/^[\w-]{12}\.html$/)
      const html = await readFile(join(out, 'article', file), 'utf8')
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
      expect(html).toContain('"@type":"NewsArticle"')
    }
  })
})
