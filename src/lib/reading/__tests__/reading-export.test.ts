import { describe, expect, it } from 'vitest'
import { READING_DB_VERSION } from '../reading-db'
import { ImportError, makeReadingExport, parseReadingExport } from '../reading-export'

const SETTINGS = { 'broadsheet.theme': ['light', 'dark'], 'broadsheet.locale': ['zh', 'en'] }
const mark = { id: 'a1', at: 1_700_000_000_000 }
const reading = { ...mark, title: '标题', date: '2022-01-06T02:11:00.000Z', category: ['金融'] }
const saved = { ...reading, thumbnail: 'https://img.example/a.jpg' }
const place = { ...reading, position: 0.4 }
const data = { read: [mark], history: [reading], saved: [saved], progress: [place] }
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ ...makeReadingExport(data, {}), ...over })
const refused = (text: string) => {
  try {
    parseReadingExport(text, SETTINGS)
  } catch (error) {
    if (error instanceof ImportError) return error.problem
    throw error
  }
  return 'accepted'
}

describe('reading data files', () => {
  it('round-trip: what is exported is read back', () => {
    const out = makeReadingExport(data, { 'broadsheet.theme': 'dark' })
    expect(out.version).toBe(READING_DB_VERSION)
    expect(parseReadingExport(JSON.stringify(out), SETTINGS)).toEqual({
      ...data,
      settings: { 'broadsheet.theme': 'dark' },
    })
  })

  it('read files from before saved articles existed (version 2)', () => {
    expect(
      parseReadingExport(file({ version: 2, saved: undefined, progress: undefined }), SETTINGS),
    ).toMatchObject({
      saved: [],
      progress: [],
    })
  })

  it('refuse a saved article whose image is a script URL, or a place outside the article', () => {
    expect(refused(file({ saved: [{ ...saved, thumbnail: 'javascript:alert(1)' }] }))).toBe(
      'malformed',
    )
    expect(refused(file({ progress: [{ ...place, position: 7 }] }))).toBe('malformed')
    expect(refused(file({ progress: [{ ...place, position: 'half' }] }))).toBe('malformed')
  })

  it('refuse what is not ours, not JSON, too new or too large', () => {
    expect(refused('<script>alert(1)</script>')).toBe('not-json')
    expect(refused('[]')).toBe('not-ours')
    expect(refused(JSON.stringify({ format: 'other', version: 1 }))).toBe('not-ours')
    expect(refused(file({ version: READING_DB_VERSION + 1 }))).toBe('newer')
    expect(refused(' '.repeat(50 * 1024 * 1024 + 1))).toBe('too-large')
  })

  it('refuse the whole file for one bad record or setting', () => {
    expect(refused(file({ read: [mark, { id: 5, at: 1 }] }))).toBe('malformed')
    expect(refused(file({ read: [{ id: 'x', at: -1 }] }))).toBe('malformed')
    expect(refused(file({ history: [{ ...reading, title: 'x'.repeat(5000) }] }))).toBe('malformed')
    expect(refused(file({ history: [{ ...reading, category: 'not a list' }] }))).toBe('malformed')
    expect(refused(file({ settings: { 'broadsheet.theme': 'javascript:alert(1)' } }))).toBe(
      'malformed',
    )
    expect(refused(file({ read: {} }))).toBe('malformed')
  })

  it('take only the fields the format has: no extra keys, no prototype', () => {
    const hostile = `{"format":"broadsheet-reading","version":1,"__proto__":{"polluted":true},
      "read":[{"id":"a","at":1,"__proto__":{"x":1},"html":"<img onerror=alert(1)>"}],
      "settings":{"broadsheet.theme":"dark","broadsheet.evil":"1"}}`
    const parsed = parseReadingExport(hostile, SETTINGS)
    expect(parsed.read).toEqual([{ id: 'a', at: 1 }])
    expect(parsed.settings).toEqual({ 'broadsheet.theme': 'dark' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
