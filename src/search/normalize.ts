/**
 * The one normalisation search applies to article text and to queries alike: NFKC (full-width to
 * half-width), lower case, Traditional → Simplified character by character (opencc-js's table),
 * and every run of white space as one space. Shared by the builder and the app: no DOM, no Node.
 *
 * It runs over every article at build time, so it works a code unit at a time from tables made
 * once: most characters (CJK, ASCII) are a table lookup, the rest go through `String.normalize`.
 */
import { T2S_PAIRS } from './t2s-chars'

const SAME = 0 // NFKC and lower case leave it as it is: only the fold table applies
const UPPER = 1 // ASCII A-Z
const SPACE = 2
const MARK = 3 // combining: stays with the character before it
const SLOW = 4 // anything else, through String.normalize

interface Tables {
  kind: Uint8Array
  fold: Uint16Array
  astral: Map<number, string>
}
let tables: Tables | undefined

const isSpaceCode = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x3000 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0xfeff

function loadTables(): Tables {
  if (tables) return tables
  const kind = new Uint8Array(0x10000)
  const mark = /^\p{M}$/u
  for (let c = 0; c < 0x10000; c++) {
    if (isSpaceCode(c)) kind[c] = SPACE
    else if (c >= 0x41 && c <= 0x5a) kind[c] = UPPER
    else if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))
      kind[c] = SAME
    else if (c >= 0xd800 && c <= 0xdfff) kind[c] = SLOW
    else {
      const s = String.fromCharCode(c)
      if (mark.test(s)) kind[c] = MARK
      else kind[c] = s.normalize('NFKC').toLowerCase() === s ? SAME : SLOW
    }
  }
  const fold = new Uint16Array(0x10000)
  const astral = new Map<number, string>()
  const points = [...T2S_PAIRS]
  for (let i = 0; i + 1 < points.length; i += 2) {
    const from = points[i]!.codePointAt(0)!
    const to = points[i + 1]!
    if (from < 0x10000 && to.length === 1) fold[from] = to.charCodeAt(0)
    else astral.set(from, to)
  }
  return (tables = { kind, fold, astral })
}

/**
 * Normalised text. With `offsets`, also fills `offsets[k]` with the index in `text` of the
 * character that output code unit k came from, plus one last entry: `text.length`.
 */
export function normalize(text: string, offsets?: number[]): string {
  const { kind, fold, astral } = loadTables()
  let buf = new Uint16Array(text.length + 16)
  let n = 0
  let space = false
  const put = (unit: number, at: number) => {
    if (n === buf.length) {
      const bigger = new Uint16Array(buf.length * 2)
      bigger.set(buf)
      buf = bigger
    }
    buf[n++] = unit
    offsets?.push(at)
  }
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    const k = kind[c]!
    // A unit followed by a combining mark goes the slow way, so NFKC can compose the two.
    if (k <= SPACE && kind[text.charCodeAt(i + 1)] !== MARK) {
      if (k === SPACE) {
        if (!space) put(0x20, i)
        space = true
      } else {
        put(k === UPPER ? c + 32 : fold[c] || c, i)
        space = false
      }
      i += 1
      continue
    }
    const start = i
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
    while (i < text.length && kind[text.charCodeAt(i)] === MARK) i += 1
    for (const point of text.slice(start, i).normalize('NFKC').toLowerCase()) {
      const p = point.codePointAt(0)!
      if (isSpaceCode(p)) {
        if (!space) put(0x20, start)
        space = true
        continue
      }
      space = false
      const folded = p < 0x10000 ? String.fromCharCode(fold[p] || p) : (astral.get(p) ?? point)
      for (let u = 0; u < folded.length; u++) put(folded.charCodeAt(u), start)
    }
  }
  offsets?.push(text.length)
  return unitsToString(buf, n)
}

export function unitsToString(units: Uint16Array, length: number): string {
  let out = ''
  for (let i = 0; i < length; i += 4096)
    out += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(length, i + 4096)) as unknown as number[],
    )
  return out
}
