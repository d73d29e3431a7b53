import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '../front-matter'
import { fixture, rejection } from '../../__tests__/load-fixture'

const parse = (name: string) => parseFrontMatter(fixture(name), { fileName: name })

describe('parseFrontMatter', () => {
  it('reads YAML between --- lines past a leading blank line, keeping dates as strings', () => {
    const fm = parse('quote-run-title.md')
    expect(fm.data.date).toBe('Mon, 14 Feb 2022 09:30:00 GMT')
    expect(fm.data.categories).toEqual(['Anime', 'Episode listings'])
    expect(fm.data.comments).toBe(false)
    expect(fm.bodyLine).toBe(12)
    expect(fm.body.split('\n').slice(0, 2)).toEqual(['', '<div>   '])
  })

  it('recovers a title made of quote runs from its raw text', () => {
    const fm = parse('quote-run-title.md')
    expect(fm.data.title).toBe('Episode 7')
    expect(fm.warnings).toEqual([
      expect.stringMatching(/^title: YAML error at line 3 \(.+\); recovered from the raw text$/),
    ])
  })

  it('takes the file name for a `#` title and for an empty one', () => {
    expect(parse('hash-title.md').data.title).toBe('hash-title')
    const fm = parseFrontMatter(fixture('empty-title.md'), { fileName: ' Notes on things .md' })
    expect(fm.data.title).toBe('Notes on things')
    expect(fm.warnings).toEqual(['title: empty; recovered from the file name'])
    expect(fm.data.date).toBe('2021-09-13 08:08:37')
  })

  it('leaves title out when neither it nor the file name has any text', () => {
    const fm = parseFrontMatter(fixture('empty-title.md'), { fileName: ' .md' })
    expect(fm.data).not.toHaveProperty('title')
    expect(fm.warnings).toEqual(['title: empty; no usable title'])
  })

  it('keeps the raw text of one-line values that start with a reserved character', () => {
    const fm = parse('at-sign-title.md')
    expect(fm.data).toMatchObject({ title: '@someone followed the stock ACME', author: '@someone' })
    expect(fm.data.categories).toEqual(['Finance'])
    expect(fm.warnings).toHaveLength(2)
  })

  it('repairs a quoted title whose continuation lines are not indented', () => {
    const fm = parse('multiline-title.md')
    expect(fm.data.title).toBe('@user_ " good morning "')
    expect(fm.data.categories).toEqual(['Social', 'Timeline'])
    expect(fm.warnings[0]).toMatch(/^title: YAML error at line 2 .*indenting/)
  })

  it('keeps a numeric title as written', () => {
    const fm = parseFrontMatter('---\ntitle: 1.20\n---\nx', { fileName: 'a.md' })
    expect(fm.data.title).toBe('1.20')
    expect(fm.warnings).toEqual([])
  })

  it('reads JSON between ;;; lines', () => {
    const fm = parse('json-front-matter.md')
    expect(fm.data).toEqual({
      title: 'Written in JSON',
      date: '2022-01-06T08:01:41+08:00',
      categories: ['Tech', 'Tools'],
    })
    expect(fm.body).toBe('Body after JSON.\n')
    expect(fm.bodyLine).toBe(8)
  })

  it("reads Hexo's JSON members closed by ;;; alone", () => {
    const fm = parse('json-trailing-only.md')
    expect(fm.data).toMatchObject({ title: "Hexo's JSON form", tags: ['a', 'b'] })
    expect(fm.bodyLine).toBe(5)
  })

  it('reads YAML with no leading --- only when it is a mapping', () => {
    const fm = parse('no-leading-separator.md')
    expect(fm.data).toMatchObject({ title: 'No opening line', categories: ['News'] })
    expect(fm.body.startsWith('# Heading')).toBe(true)
    expect(fm.bodyLine).toBe(5)

    const prose = 'Just a paragraph of prose\nthat runs on.\n---\nMore.'
    const plain = parseFrontMatter(prose, { fileName: 'Prose.md' })
    expect(plain.body).toBe(prose)
    expect(plain.data).toEqual({ title: 'Prose' })
  })

  it('keeps unknown keys and lets a duplicate key win with a warning', () => {
    const fm = parseFrontMatter('---\ntitle: a\nwhatever: [1, 2]\ntitle: b\n---\n', {
      fileName: 'x.md',
    })
    expect(fm.data).toEqual({ title: 'b', whatever: [1, 2] })
    expect(fm.warnings).toEqual(['title: duplicate key; the last value wins'])
  })

  it('does not let a __proto__ key change the prototype', () => {
    const fm = parseFrontMatter('---\ntitle: "x\n__proto__: {polluted: 1}\n---\n', {
      fileName: 'x.md',
    })
    expect(Object.getPrototypeOf(fm.data)).toBe(Object.prototype)
    expect((fm.data as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('rejects a YAML alias bomb quickly', () => {
    const started = performance.now()
    const error = rejection(() => parse('alias-bomb.md'))
    expect(error.reason).toMatch(/alias/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('stays fast on long hostile lines', () => {
    const started = performance.now()
    const quotes = parseFrontMatter(`---\ntitle: ""${' "'.repeat(50_000)}x\n---\n`, {
      fileName: 'q.md',
    })
    expect(quotes.data.title).toBe('x')
    parseFrontMatter(`---\ntitle: "x\na${' '.repeat(200_000)}b\n---\n`, { fileName: 'q.md' })
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('rejects front matter nested too deeply', () => {
    const deep = `---\ntitle: x\nn: ${'['.repeat(150)}${']'.repeat(150)}\n---\n`
    expect(rejection(() => parseFrontMatter(deep, { fileName: 'x.md' })).reason).toMatch(
      /nested deeper/,
    )
    const deepJson = `;;;\n"n": ${'['.repeat(150)}${']'.repeat(150)}\n;;;\n`
    expect(rejection(() => parseFrontMatter(deepJson, { fileName: 'x.md' })).reason).toMatch(
      /nested deeper/,
    )
  })

  it('rejects front matter with nothing usable, pointing at the line', () => {
    const error = rejection(() =>
      parseFrontMatter('\n---\n- just\n- a list\n---\n', { fileName: 'x.md' }),
    )
    expect(error.reason).toMatch(/not a YAML mapping/)
    expect(error.line).toBe(3)
    expect(rejection(() => parseFrontMatter(';;;\n"a": \n;;;\n', { fileName: 'x.md' })).line).toBe(
      2,
    )
  })

  it('gives a file with no front matter its file name as title', () => {
    const fm = parseFrontMatter('Only a body.\n', { fileName: 'dir/Only a body.md' })
    expect(fm).toEqual({
      data: { title: 'Only a body' },
      body: 'Only a body.\n',
      bodyLine: 1,
      warnings: ['no front matter', 'title: missing; recovered from the file name'],
    })
  })

  describe("splits as hexo-front-matter's split does", () => {
    const split = (text: string) => parseFrontMatter(text, { fileName: 'From the name.md' })

    it('reads a file whose closing separator differs from the opening one as all body', () => {
      const text = '------\ntitle: Not front matter\n---\nBody.\n'
      const fm = split(text)
      expect(fm.body).toBe(text)
      expect(fm.data).toEqual({ title: 'From the name' })
      expect(fm.warnings[0]).toMatch(/no closing "------" line, so the whole file is body/)
    })

    it('reads an unclosed block, and an opening line with trailing spaces, as all body', () => {
      for (const text of ['---\ntitle: x\nbody', '--- \ntitle: x\n---\nbody', '---\n---\nbody']) {
        expect(split(text)).toMatchObject({
          body: text,
          bodyLine: 1,
          data: { title: 'From the name' },
        })
      }
    })

    it('closes at the first line that starts with the opening separator', () => {
      const fm = split('---\ntitle: Kept\n-----\nBody.\n')
      expect(fm.data).toEqual({ title: 'Kept' })
      // Hexo leaves what follows the matched dashes in the body.
      expect(fm.body).toBe('--\nBody.\n')
      expect(fm.bodyLine).toBe(3)
    })

    it('reads a longer separator when it closes with the same one', () => {
      const fm = split('-----\ntitle: Five\n-----\nBody.\n')
      expect(fm).toMatchObject({ data: { title: 'Five' }, body: 'Body.\n', bodyLine: 4 })
    })

    it('reads one blank line then --- as front matter (a js-yaml document marker), not two', () => {
      const fm = split('\n---\ntitle: After a blank\n---\nBody.\n')
      expect(fm).toMatchObject({ data: { title: 'After a blank' }, body: 'Body.\n', bodyLine: 5 })
      // Two blank lines: Hexo's pattern takes the first as the whole (empty) block.
      const two = '\n\n---\ntitle: x\n---\nBody.\n'
      expect(split(two)).toMatchObject({ body: two, data: { title: 'From the name' } })
    })
  })
})
