/**
 * The one normalisation search applies to article text and to queries alike: NFKC (full-width to
 * half-width), lower case, Traditional → Simplified character by character (opencc-js's table),
 * and every run of white space as one space. Shared by the builder and the app: no DOM, no Node.
 */
import { T2S_PAIRS } from './t2s-chars'

/** BMP → BMP folds by code unit (the hot path: CJK text); the rest by code point. */
let bmpFold: Uint16Array | undefined
let astralFold: Map<number, string> | undefined

function loadFold(): Uint16Array {
  if (bmpFold) return bmpFold
  const bmp = new Uint16Array(0x10000)
  const astral = new Map<number, string>()
  const points = [...T2S_PAIRS]
  for (let i = 0; i + 1 < points.length; i += 2) {
    const from = points[i]!.codePointAt(0)!
    const to = points[i + 1]!
    if (from < 0x10000 && to.length === 1) bmp[from] = to.charCodeAt(0)
    else astral.set(from, to)
  }
  astralFold = astral
  return (bmpFold = bmp)
}

const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
  c === 0xfeff

/** Combining marks stay with the character before them, so NFKC can compose the pair. */
const MARK = /^\p{M}$/u
const markCache = new Map<number, boolean>()

function followedByMark(text: string, i: number): boolean {
  if (i >= text.length) return false
  const c = text.codePointAt(i)!
  if (c < 0x300) return false
  let mark = markCache.get(c)
  if (mark === undefined) {
    mark = MARK.test(String.fromCodePoint(c))
    markCache.set(c, mark)
  }
  return mark
}

const clusterCache = new Map<string, string>()

function normalizeCluster(cluster: string): string {
  let out = clusterCache.get(cluster)
  if (out === undefined) {
    out = cluster.normalize('NFKC').toLowerCase()
    if (clusterCache.size < 4096) clusterCache.set(cluster, out)
  }
  return out
}

/**
 * Normalised text. With `offsets`, also fills `offsets[k]` with the index in `text` of the
 * character that output code unit k came from, plus one last entry: `text.length`.
 */
export function normalize(text: string, offsets?: number[]): string {
  const fold = loadFold()
  const astral = astralFold as Map<number, string>
  let out = ''
  let space = false
  const push = (unit: string, at: number) => {
    out += unit
    offsets?.push(at)
  }
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i)
    // The fast paths take one unit alone: not when a combining mark follows it.
    const alone = !followedByMark(text, i + 1)
    if (c < 0x80 && alone) {
      if (isSpace(c)) {
        if (!space) push(' ', i)
        space = true
      } else {
        push(String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c), i)
        space = false
      }
      i += 1
      continue
    }
    if (((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) && alone) {
      const f = fold[c]
      push(String.fromCharCode(f || c), i)
      space = false
      i += 1
      continue
    }
    // Anything else: one code point and the marks after it, through NFKC and lower case.
    const start = i
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
    while (followedByMark(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1
    for (const point of normalizeCluster(text.slice(start, i))) {
      const p = point.codePointAt(0)!
      if (isSpace(p)) {
        if (!space) push(' ', start)
        space = true
        continue
      }
      space = false
      const folded = p < 0x10000 ? (fold[p] ? String.fromCharCode(fold[p]) : point) : astral.get(p) ?? point
      for (let k = 0; k < folded.length; k++) push(folded[k]!, start)
    }
  }
  offsets?.push(text.length)
  return out
}
