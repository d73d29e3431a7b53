// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FORMAT_VERSION } from '../../../bundle/format'
import { LocaleContext } from '../../../lib/i18n/locale'
import { queryClient } from '../../../lib/query-client'
import * as route from '../routes/article-route'
import { testEntry } from '../../../test/entry'

const entry = testEntry({ counts: { articles: 1, categories: 3, days: 1 } })

const article = {
  format: FORMAT_VERSION,
  id: 'a1',
  title: '深圳新任市管干部廉政谈话全覆盖',
  date: '2022-01-06T00:01:41Z',
  categories: [['金融', '新浪财经', '新浪财经－国內']],
  tags: [],
  author: '新浪财经',
  editor: '梁斌',
  headImage: { src: 'https://n.sinaimg.cn/head.png' },
  permalink: '',
  excerpt: '',
  textLength: 1200,
  html: '<p><img src="https://n.sinaimg.cn/head.png"></p><p>\u3000\u3000中国纪检监察报 本报讯</p><script>bad()</script>',
}

let files: Record<string, unknown>
beforeEach(() => {
  files = {
    '/data/entry.json': entry,
    '/data/ids/only.json.gz': { format: FORMAT_VERSION, files: { a1: 'fa1' } },
    '/data/articles/fa1.json.gz': article,
    '/data/lists/latest-1.json.gz': {
      format: FORMAT_VERSION,
      page: 1,
      pages: 1,
      total: 1,
      items: [
        {
          id: 'a1',
          f: 'fa1',
          title: article.title,
          date: article.date,
          categories: [],
          excerpt: '',
        },
      ],
    },
  }
  vi.stubGlobal('fetch', async (url: string) =>
    url in files ? new Response(JSON.stringify(files[url])) : new Response('', { status: 404 }),
  )
})
afterEach(() => {
  cleanup()
  queryClient.clear()
  vi.unstubAllGlobals()
})

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/article/:id', ...route }], { initialEntries: [url] })
  render(
    <QueryClientProvider client={queryClient}>
      <LocaleContext.Provider value={{ locale: 'zh', setLocale: () => {} }}>
        <RouterProvider router={router} />
      </LocaleContext.Provider>
    </QueryClientProvider>,
  )
}

describe('article route', () => {
  it('shows the article with its kicker, zone-aware meta line and editor', async () => {
    renderAt('/article/a1')
    const h1 = await screen.findByRole('heading', { level: 1, name: article.title })
    expect(h1.getAttribute('tabindex')).toBe('-1')
    expect(screen.getByRole('link', { name: '新浪财经－国內' }).getAttribute('href')).toBe(
      `/category/${['金融', '新浪财经', '新浪财经－国內'].map(encodeURIComponent).join('/')}`,
    )
    expect(screen.getByText('2022年1月6日 08:01 GMT+8')).toBeTruthy()
    expect(screen.getByText('约 3 分钟读完')).toBeTruthy()
    expect(screen.getByText('责任编辑：梁斌')).toBeTruthy()
    expect(document.querySelector('article')?.getAttribute('lang')).toBe('zh-CN')
    expect(document.querySelector('.article-body script')).toBeNull()
    expect(document.title).toBe(`${article.title} · 新闻存档`)
    expect(await screen.findByText('最新 · 第 1 / 1 篇')).toBeTruthy()
  })

  it('shows a not-found panel with a way back for an unknown id', async () => {
    renderAt('/article/nope')
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这篇文章' })).toBeTruthy()
    expect(screen.getByRole('link', { name: /返回/ }).getAttribute('href')).toBe('/')
  })

  it('shows Retry when the article file is broken', async () => {
    files['/data/articles/fa1.json.gz'] = { format: 99 }
    renderAt('/article/a1')
    expect(await screen.findByRole('button', { name: /重新加载|重试/ })).toBeTruthy()
  })
})
