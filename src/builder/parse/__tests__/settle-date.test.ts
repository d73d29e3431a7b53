import { describe, expect, it } from 'vitest'
import { settleDate } from '../settle-date'
import { pickUrlDay, urlDays } from '../url-dates'

const today = { y: 2026, m: 12, d: 6 }
const days = (text: string) => urlDays(text, today).map((d) => `${d.y}-${d.m}-${d.d}`)

describe('urlDays', () => {
  it('reads the three path shapes, in absolute URLs, attributes and Markdown links', () => {
    expect(days('![a](https://cdn.example.com/portal/2021/01/26/a.png)')).toEqual(['2021-1-26'])
    expect(days('<img src="/uploads/20190305/b.jpg">')).toEqual(['2019-3-5'])
    expect(days("<a href='http://news.example.org/2020-02-29/story.html'>x</a>")).toEqual([
      '2020-2-29',
    ])
  })

  it('skips days that are not real, before 1990, in the future, or only in the query', () => {
    expect(days('https://a.example/2021/02/30/x.png')).toEqual([])
    expect(days('https://a.example/2021/13/01/x.png')).toEqual([])
    expect(days('https://a.example/1989/12/31/x.png')).toEqual([])
    expect(days('https://a.example/2026/12/07/x.png')).toEqual([])
    expect(days('https://a.example/img.png?d=/2021/01/26/')).toEqual([])
  })

  it('needs a whole path segment with one separator, and ignores prose', () => {
    expect(days('https://a.example/2021/0126/x.png')).toEqual([])
    expect(days('https://a.example/202101261530.png')).toEqual([])
    expect(days('Written on 2021/01/26/ in plain text.')).toEqual([])
    expect(days('https://a.example/2026/12/06/today.png')).toEqual(['2026-12-6'])
  })
})

describe('pickUrlDay', () => {
  const day = (y: number, m: number, d: number) => ({ y, m, d })

  it('takes the most common day, and the latest on a tie', () => {
    expect(pickUrlDay([day(2019, 1, 1), day(2021, 5, 4), day(2021, 5, 4)])).toEqual(day(2021, 5, 4))
    expect(pickUrlDay([day(2021, 5, 4), day(2019, 1, 1)])).toEqual(day(2021, 5, 4))
    expect(pickUrlDay([])).toBeUndefined()
  })
})

describe('settleDate', () => {
  const text = '---\nthumbnail: https://cdn.example.com/2021/01/26/a.png\n---\nBody'
  const mtime = new Date('2026-12-01T10:00:00Z')
  const now = new Date('2026-12-06T00:00:00Z')
  const clues = { timezone: 'Asia/Shanghai', text, mtime, now }

  it('keeps a valid front-matter date, whatever the other evidence', () => {
    const settled = settleDate('2022-01-06 08:00:00', { ...clues, added: 0 })
    expect(settled?.date.toISOString()).toBe('2022-01-06T00:00:00.000Z')
    expect(settled?.estimated).toBeUndefined()
    expect(settled?.warning).toBeUndefined()
  })

  it('asks for git before anything else when git was not looked up yet', () => {
    expect(settleDate('Invalid Date', { ...clues, added: undefined })).toBeUndefined()
  })

  it('prefers the commit that added the file to the URLs and the modification time', () => {
    const added = Date.parse('2020-06-01T12:00:00Z')
    const settled = settleDate('Invalid Date', { ...clues, added })
    expect(settled?.date.toISOString()).toBe('2020-06-01T12:00:00.000Z')
    expect(settled?.estimated).toBe('git')
    expect(settled?.warning).toMatch(/git commit that added the file/)
  })

  it('takes a URL day before the commit: the commit only says the post existed by then', () => {
    const added = Date.parse('2026-11-30T12:00:00Z')
    const settled = settleDate('Invalid Date', { ...clues, added })
    expect(settled?.date.toISOString()).toBe('2021-01-25T16:00:00.000Z')
    expect(settled?.estimated).toBe('url')
    expect(settled?.warning).toBe(
      'date "Invalid Date" is missing or invalid; used the day in its image or link URLs (2021-01-26), before the git commit that added the file (2026-11-30T12:00:00.000Z)',
    )
  })

  it('then takes the URL day, at midnight in the site zone', () => {
    const settled = settleDate(undefined, { ...clues, added: null })
    expect(settled?.date.toISOString()).toBe('2021-01-25T16:00:00.000Z')
    expect(settled?.estimated).toBe('url')
    expect(settled?.warning).toBe(
      'date null is missing or invalid; used the day in its image or link URLs (2021-01-26)',
    )
  })

  it('falls back to the modification time', () => {
    const settled = settleDate('Invalid Date', { ...clues, text: 'no links', added: null })
    expect(settled?.date).toEqual(mtime)
    expect(settled?.estimated).toBe('mtime')
    expect(settled?.warning).toMatch(/modification time/)
  })
})
