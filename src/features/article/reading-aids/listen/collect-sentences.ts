import { splitSentences } from './split-sentences'

/** A sentence to speak, and where it stands in the article for the highlight. */
export interface Sentence {
  text: string
  range: Range
}

// Text is grouped by the nearest of these around it; a sentence never runs from one into the next.
const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,dd,dt,td,th,caption,figcaption,div,section'
// Code is read badly and at length; hidden text and the broken-image box are not on the page.
const SKIP =
  'pre,code[class*="language-"],figure.highlight,script,style,template,svg,math,button,' +
  'rt,rp,.img-fallback,.visually-hidden,[hidden],[aria-hidden="true"]'

function readable(text: Text, root: Element): boolean {
  const parent = text.parentElement
  if (!parent) return false
  const skipped = parent.closest(SKIP)
  if (skipped && root.contains(skipped)) return false
  return parent.checkVisibility?.() ?? true
}

interface Piece {
  node: Text
  start: number
}

/** The text node and offset at `at` in a block's joined text; `end` takes the earlier node on a seam. */
function locate(pieces: Piece[], at: number, end: boolean): [Text, number] {
  for (const { node, start } of pieces) {
    const stop = start + node.data.length
    if (end ? at <= stop : at < stop) return [node, at - start]
  }
  const last = pieces[pieces.length - 1]!
  return [last.node, last.node.data.length]
}

/** The article's sentences in reading order, block by block. */
export function collectSentences(root: Element, lang: string): Sentence[] {
  const doc = root.ownerDocument
  const sentences: Sentence[] = []
  let block: Element | null = null
  let pieces: Piece[] = []
  let text = ''
  const flush = () => {
    for (const { start, end } of splitSentences(text, lang)) {
      const range = doc.createRange()
      range.setStart(...locate(pieces, start, false))
      range.setEnd(...locate(pieces, end, true))
      sentences.push({ text: text.slice(start, end).replace(/\s+/g, ' '), range })
    }
    pieces = []
    text = ''
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text
    if (!readable(textNode, root)) continue
    const own = textNode.parentElement!.closest(BLOCK)
    if (own !== block) flush()
    block = own
    pieces.push({ node: textNode, start: text.length })
    text += textNode.data
  }
  flush()
  return sentences
}
