import { describe, expect, it } from 'vitest'
import { snippetOf, verifiableText } from '../article-snippet'
import { articleText } from '../article-text'
import { searchableText } from '../document'
import { parseQuery } from '../parse-query'
import { makeSnippet } from '../snippet'

const articles = [
  { title: 'ＡＩ 芯片', html: '<p>\n  迴圈 and Python，AI芯片。</p>\n<p>再说一次迴圈。</p>\n' },
  {
    title: '臺灣',
    html: `\n<div><p>${'很长的文字'.repeat(30)}然后是迴圈，</p><p>ＡＩ &amp; pyth</p></div>`,
  },
  { title: 'x', html: '<p>\u3000\u3000全角空格开头的迴圈</p>' },
]

describe('an article normalised once', () => {
  it('reads as searchableText for verification', () => {
    for (const a of articles) {
      const { title, body } = verifiableText(a)
      expect({ title, body }).toEqual(searchableText(a))
    }
  })

  it('cuts the snippet makeSnippet cuts from the trimmed body', () => {
    for (const a of articles)
      for (const query of ['回圈', 'ai 芯片', 'pyth', '文字 回圈', '没有'])
        expect(snippetOf(verifiableText(a), parseQuery(query).terms)).toEqual(
          makeSnippet(articleText(a.html).trim(), parseQuery(query).terms),
        )
  })
})
