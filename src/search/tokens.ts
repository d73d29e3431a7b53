/**
 * Index terms of normalised text. CJK text (Han, kana, Hangul) needs no dictionary: every
 * character and every pair of neighbouring characters is a term, so any substring of two or more
 * characters is found through its pairs and a single character through itself. Other letters
 * and digits form words, matched whole or by prefix. Shared by the builder and the app.
 */

/** Han, kana, Hangul, and surrogates (CJK extensions beyond the BMP, taken a code unit at a time). */
export function isCjkUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 ||
    c === 0x3007
  )
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u
const wordCache = new Map<number, boolean>()

/** A letter, digit or mark outside the CJK ranges: part of a word. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)
  if (isCjkUnit(c)) return false
  let word = wordCache.get(c)
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCharCode(c))
    wordCache.set(c, word)
  }
  return word
}

export type Segment = { kind: 'cjk' | 'word'; text: string; start: number }

/** Runs of CJK units and of word units in normalised text; everything else separates them. */
export function segments(text: string): Segment[] {
  const out: Segment[] = []
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    const kind = isCjkUnit(c) ? 'cjk' : isWordUnit(c) ? 'word' : undefined
    if (!kind) {
      i += 1
      continue
    }
    const start = i
    const inRun = kind === 'cjk' ? isCjkUnit : isWordUnit
    while (i < text.length && inRun(text.charCodeAt(i))) i += 1
    out.push({ kind, text: text.slice(start, i), start })
  }
  return out
}

/** A lone surrogate is half a character: not worth a term of its own. */
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff

const SEP = 0
const WORD = 1
const CJK = 2
let classes: Uint8Array | undefined
let scratch = new Uint32Array(4096)

function unitClasses(): Uint8Array {
  if (classes) return classes
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) table[c] = isCjkUnit(c) ? CJK : isWordUnit(c) ? WORD : SEP
  return (classes = table)
}

/**
 * The distinct terms of normalised text, packed in one string (compact to keep, to send between
 * threads and to cache as JSON): the single CJK characters, '\n', the CJK pairs (two units
 * each), '\n', the words separated by spaces. Each part is sorted.
 */
export function packTerms(text: string): string {
  const cls = unitClasses()
  const keys =
    scratch.length >= text.length * 2 ? scratch : (scratch = new Uint32Array(text.length * 2 + 64))
  let n = 0
  const words = new Set<string>()
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    const k = cls[c]!
    if (k === SEP) {
      i += 1
      continue
    }
    const start = i
    if (k === WORD) {
      while (i < text.length && cls[text.charCodeAt(i)] === WORD) i += 1
      words.add(text.slice(start, i))
      continue
    }
    let prev = -1
    while (i < text.length && cls[text.charCodeAt(i)] === CJK) {
      const u = text.charCodeAt(i)
      if (!isSurrogate(u)) keys[n++] = u
      if (prev >= 0) keys[n++] = prev * 0x10000 + u
      prev = u
      i += 1
    }
  }
  const sorted = keys.subarray(0, n).sort()
  let singles = ''
  const pairs: number[] = []
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i]!
    if (i > 0 && key === sorted[i - 1]) continue
    if (key < 0x10000) singles += String.fromCharCode(key)
    else pairs.push(Math.floor(key / 0x10000), key % 0x10000)
  }
  let pairText = ''
  for (let i = 0; i < pairs.length; i += 4096)
    pairText += String.fromCharCode(...pairs.slice(i, i + 4096))
  return `${singles}\n${pairText}\n${[...words].sort().join(' ')}`
}

/** The terms of a packed string, as index keys (a CJK character or pair, or a word). */
export function unpackTerms(packed: string): string[] {
  const [singles = '', pairs = '', words = ''] = packed.split('\n')
  const out: string[] = [...singles]
  for (let i = 0; i + 1 < pairs.length; i += 2) out.push(pairs.slice(i, i + 2))
  if (words) out.push(...words.split(' '))
  return out
}

/** The distinct terms of normalised text, as index keys. */
export function termsOf(text: string): Set<string> {
  return new Set(unpackTerms(packTerms(text)))
}

/** How a query looks a segment up in the index. */
export type Lookup = { key: string; prefix: boolean }

/**
 * The index lookups that every text containing `phrase` (normalised) passes: pairs covering each
 * CJK run (or its one character), and each word (the last one, or a lone one, by prefix; one
 * letter or digit alone matches only the word itself). The phrase is verified afterwards.
 */
export function lookupsOf(phrase: string): Lookup[] {
  const segs = segments(phrase)
  const out: Lookup[] = []
  segs.forEach((seg, index) => {
    const s = seg.text
    if (seg.kind === 'word') {
      // A word in the middle of a phrase is whole; at its end it may go on (a prefix).
      const last = index === segs.length - 1 && seg.start + s.length === phrase.length
      out.push({ key: s, prefix: last && s.length >= 2 })
      return
    }
    if (s.length === 1) {
      out.push({ key: s, prefix: false })
      return
    }
    // Every overlapping pair: fewer would cover the run too, but each pair more cuts the
    // candidates that hold the pairs apart and not the phrase (each costs an article to verify).
    for (let k = 0; k + 1 < s.length; k += 1) out.push({ key: s.slice(k, k + 2), prefix: false })
  })
  return out
}
