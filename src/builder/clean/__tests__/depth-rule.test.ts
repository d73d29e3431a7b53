import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { sanitizeHtml, serializeNodes } from '../../../sanitize/build-sanitizer'
import { SANITIZE_POLICY } from '../../../sanitize/policy'
import { flattenDeep } from '../tree'

const nest = (levels: number, inner: string) =>
  '<div>'.repeat(levels) + inner + '</div>'.repeat(levels)

describe('flattenDeep and the sanitizer share one depth rule', () => {
  // The cleaner flattens before its passes and the sanitizer unwraps after them: both must cut
  // at the same level, or one of them would undo or redo the other's work.
  it.each([
    ['text', 'deep text'],
    ['elements and a void one', '<p><b>bold</b> <img src="https://a.example/x.png"> <i></i></p>'],
    ['a script', '<script>alert(1)</script>after'],
  ])('cuts at the same level in the cleaner and in the sanitizer: %s', (_, inner) => {
    for (const levels of [63, 64, 65, 66, 200]) {
      const html = nest(levels, inner)
      const doc = parseDocument(html)
      flattenDeep(doc, SANITIZE_POLICY.maxDepth)
      expect(sanitizeHtml(serializeNodes(doc.children))).toBe(sanitizeHtml(html))
    }
  })
})
