import { describe, expect, it } from 'vitest'
import type { ArticleSummary, Entry } from '../../../bundle/format'
import type { Hints } from '../share-page-parts'
import {
  assemble,
  excerptParts,
  fixedParts,
  pageBytes,
  piece,
  titleParts,
} from '../share-page-parts'
import { sharePageTemplate } from '../share-page-template'
import { SHARE_PAGE_MAX_BYTES, sharePage } from '../share-pages'
import { feedSiteInput, item as sharedItem } from './share-fixtures'

const INDEX = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>Broadsheet</title>
<script type="module" crossorigin src="/news/_app/index-abc.js"></script></head>
<body><div id="root"></div></body></html>`
const item: ArticleSummary = {
  ...sharedItem,
  title: '“引号” <b>标题</b> & more',
  categories: [['金融', '银行']],
  author: 'Desk & "Co"',
  excerpt: '文章的开头 <i>几句</i>，& 列表里显示的那样。'.repeat(3),
}
const input = feedSiteInput(INDEX)
const hintsFrom = (on: number): Hints => ({
  article: (on & 1) > 0,
  shard: (on & 2) > 0,
  image: (on & 4) > 0,
  categoryFeed: (on & 8) > 0,
  siteFeed: (on & 16) > 0,
  articleHint: piece('<link rel="preload" href="/news/data/articles/f00.json.gz" as="fetch">'),
  shardHint: piece('<link rel="preload" href="/news/data/ids/s0.json.gz" as="fetch">'),
  imageHint: piece('<link rel="preload" as="image" href="https://img.example.com/一.jpg">'),
  categoryFeedHint: piece('<link rel="alternate" href="/news/category/金融/feed.atom">'),
})

describe('pageBytes', () => {
  it('weighs exactly what assemble writes, for every set of hints', () => {
    const template = sharePageTemplate(input)
    const fixed = fixedParts(item, input)
    const parts = {
      fixed,
      title: titleParts(item, input, fixed, item.title),
      excerpt: excerptParts(item.excerpt),
    }
    for (let on = 0; on < 32; on++) {
      const hints = hintsFrom(on)
      expect(pageBytes(template, input, parts, hints)).toBe(
        Buffer.byteLength(assemble(template, input, parts, hints)),
      )
    }
  })

  it('keeps every hint of a page that is exactly at the budget, and drops one a byte over', () => {
    const entry = { idShards: ['s0'] } as Entry
    const hinted = { ...input, entry }
    const bytes = (author: string) => Buffer.byteLength(sharePage({ ...item, author }, hinted))
    // The author is in the JSON-LD only: padding it moves nothing else.
    const pad = SHARE_PAGE_MAX_BYTES - bytes('x') + 1
    const exact = sharePage({ ...item, author: 'x'.repeat(pad) }, hinted)
    expect(Buffer.byteLength(exact)).toBe(SHARE_PAGE_MAX_BYTES)
    expect(exact).toContain('data/ids/s0')
    const over = sharePage({ ...item, author: 'x'.repeat(pad + 1) }, hinted)
    expect(over).not.toContain('data/ids/s0')
    expect(over).toContain('data/articles/f00')
  })
})
