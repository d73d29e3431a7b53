/**
 * The kinds of broken post, each with the outcome a builder should reach. The rule: anything that
 * is not text, or whose front matter cannot be found or expands without bound, is rejected;
 * problems that leave the text intact (encoding marks, deep markup, a bad date or title) are repaired.
 */
import { makePost } from './post'
import type { Random } from './random'

export type Expected = 'ok' | 'rejected' | 'repaired'

export interface Kind {
  kind: string
  expected: Expected
  note: string
  make: (r: Random) => string | Buffer
}

function withFrontMatterLine(r: Random, key: string, line: string): string {
  return makePost(r).text.replace(new RegExp(`^${key}: .*$`, 'm'), line)
}

function aliasBomb(): string {
  const lines = ['', '---', `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`]
  const names = 'abcdefghi'
  for (let i = 1; i < names.length; i++) {
    const prev = `*${names[i - 1]}`
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(prev).join(',')}]`)
  }
  lines.push(
    'title: *i',
    'categories: *i',
    'date: Thu, 06 Jan 2022 00:01:41 GMT',
    '---',
    '',
    '<div>lol</div>',
    '',
  )
  return lines.join('\n')
}

export const kinds: Kind[] = [
  {
    kind: 'random-bytes',
    expected: 'rejected',
    note: 'not a text file',
    make: (r) => Buffer.from(Array.from({ length: r.int(512, 4096) }, () => r.int(0, 255))),
  },
  {
    kind: 'truncated',
    // Hexo reads front matter with no closing line as body, and so does the builder.
    expected: 'repaired',
    note: 'front matter cut off before its closing ---: all body, titled from the file name',
    make: (r) => {
      const text = makePost(r).text
      return text.slice(0, text.indexOf('categories:') + 14)
    },
  },
  {
    kind: 'invalid-utf8',
    expected: 'rejected',
    note: 'bytes that are not UTF-8 in the title and body',
    make: (r) => {
      const text = makePost(r).text
      const at = text.indexOf('title: ') + 8
      const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80])
      return Buffer.concat([
        Buffer.from(text.slice(0, at)),
        bad,
        Buffer.from(text.slice(at, -40)),
        bad,
        Buffer.from(text.slice(-40)),
      ])
    },
  },
  {
    kind: 'bom-crlf',
    expected: 'repaired',
    note: 'a valid post with a UTF-8 BOM and CRLF line endings',
    make: (r) => `\uFEFF${makePost(r).text.replaceAll('\n', '\r\n')}`,
  },
  {
    kind: 'yaml-alias-bomb',
    expected: 'rejected',
    note: 'billion laughs: nine levels of nine aliases',
    make: aliasBomb,
  },
  {
    kind: 'deep-nesting',
    expected: 'repaired',
    note: '10,000 nested <div>s around one paragraph; the text survives',
    make: (r) => {
      const post = makePost(r).text
      const end = post.indexOf('---\n', 5) + 4
      return `${post.slice(0, end)}\n${'<div>'.repeat(10_000)}<p>深层嵌套的正文仍然应当可读。</p>${'</div>'.repeat(10_000)}\n`
    },
  },
  {
    kind: 'invalid-date',
    expected: 'repaired',
    note: '`date: Invalid Date`: the day in its image URLs (else its modification time) dates it, marked estimated',
    make: (r) => withFrontMatterLine(r, 'date', 'date: Invalid Date'),
  },
  {
    kind: 'broken-yaml-title',
    expected: 'repaired',
    note: 'a title that is not valid YAML; the title is recovered from the raw line',
    make: (r) => withFrontMatterLine(r, 'title', `title: """""""'x'"""""""`),
  },
  { kind: 'empty', expected: 'rejected', note: 'a zero-byte file', make: () => '' },
]

/** A generated post's front matter, closing line included, for a body of another kind. */
function frontMatter(r: Random): string {
  const post = makePost(r).text
  return post.slice(0, post.indexOf('---\n', 5) + 4)
}

/** The post size limit (src/builder/config.ts, maxPostBytes). */
const POST_LIMIT = 2 * 1024 * 1024

/** A body just under the size limit, of varied paragraphs: read, parsed, cleaned and written in full. */
export const large: Kind = {
  kind: 'large-body',
  expected: 'ok',
  note: 'a body just under the 2 MiB post limit, built in full',
  make: (r) => {
    const head = frontMatter(r)
    const paragraphs: string[] = []
    let bytes = Buffer.byteLength(head) + 16
    for (let i = 1; ; i++) {
      const line = `<p>\u3000\u3000第 ${i} 段：长篇报道的正文，编号 ${Math.floor(r.next() * 1e6)}，<a href="https://example.com/${i}">原文链接</a>。</p>\n`
      bytes += Buffer.byteLength(line)
      if (bytes > POST_LIMIT - 64 * 1024) break
      paragraphs.push(line)
    }
    return `${head}\n<div>\n${paragraphs.join('')}</div>\n`
  },
}

export const huge: Kind = {
  kind: 'huge-body',
  expected: 'rejected',
  note: 'a 10 MB body, over any sensible size limit',
  make: (r) =>
    `${frontMatter(r)}\n<div>\n${'<p>　　超长正文。</p>\n'.repeat(Math.ceil((10 * 1024 * 1024) / 29))}</div>\n`,
}
