// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import type { TagCount } from '../../../bundle/format'
import { LocaleContext } from '../../../lib/i18n/locale'
import { TagCloud } from '../components/tag-cloud'

afterEach(cleanup)

function renderCloud(tags: TagCount[]) {
  return render(
    <LocaleContext.Provider value={{ locale: 'zh', setLocale: () => {} }}>
      <MemoryRouter>
        <TagCloud tags={tags} />
      </MemoryRouter>
    </LocaleContext.Provider>,
  )
}

const many: TagCount[] = [
  ...Array.from({ length: 60 }, (_, i): TagCount => [`话题 ${i + 1}`, 60 - i]),
  ['topic-x', 1, '另一话题'],
]

describe('TagCloud', () => {
  it('links each tag to its page with its count, in the order given, without a filter for a few', () => {
    renderCloud([
      ['阅读 工具', 4],
      ['static-sites', 2, '静态网站'],
      ['a/b', 1],
    ])
    const links = screen.getAllByRole('link')
    // A tag that tag_map keyed shows its name and links its key.
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['阅读 工具 4 篇', '/tag/%E9%98%85%E8%AF%BB%20%E5%B7%A5%E5%85%B7'],
      ['静态网站 2 篇', '/tag/static-sites'],
      ['a/b 1 篇', '/tag/a%2Fb'],
    ])
    expect(screen.queryByLabelText('筛选标签')).toBeNull()
    expect(screen.getByText('共 3 个标签，按文章数排列')).toBeTruthy()
  })

  it('filters a long run of tags and says how many match', async () => {
    renderCloud(many)
    expect(screen.getAllByRole('link')).toHaveLength(61)
    await act(async () => {
      fireEvent.change(screen.getByLabelText('筛选标签'), { target: { value: ' 话题 5' } })
    })
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      '话题 5 56 篇',
      '话题 50 11 篇',
      '话题 51 10 篇',
      '话题 52 9 篇',
      '话题 53 8 篇',
      '话题 54 7 篇',
      '话题 55 6 篇',
      '话题 56 5 篇',
      '话题 57 4 篇',
      '话题 58 3 篇',
      '话题 59 2 篇',
    ])
    expect(screen.getByText('61 个标签中有 11 个符合')).toBeTruthy()
    // The name is what a reader types, and the key finds it too.
    for (const q of ['另一', 'TOPIC-']) {
      await act(async () => {
        fireEvent.change(screen.getByLabelText('筛选标签'), { target: { value: q } })
      })
      expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['另一话题 1 篇'])
    }
    await act(async () => {
      fireEvent.change(screen.getByLabelText('筛选标签'), { target: { value: '没有' } })
    })
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(screen.getByText('没有名字含“没有”的标签。')).toBeTruthy()
  })
})
