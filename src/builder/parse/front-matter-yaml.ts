import { isMap, isScalar, parseDocument, type Document, type YAMLError } from 'yaml'
import { PostError } from '../read/post-error'
import { readSimpleMapping } from './simple-front-matter'

export const MAX_DEPTH = 100

// Core schema, as js-yaml (and so Hexo) mostly reads it, but with no timestamp type: dates stay
// strings so dates.ts can read zone-less ones in the site's zone. Errors stay plain: pretty ones
// quote the line for every error, which is quadratic on a long line full of errors.
const OPTIONS = {
  schema: 'core',
  uniqueKeys: false,
  merge: true,
  resolveKnownTags: false,
  prettyErrors: false,
} as const
// A billion-laughs bomb fails here in milliseconds instead of filling memory.
const TO_JS = { maxAliasCount: 100 }

// A top-level `key:` line; anything else (indented, `- item`, comments) continues the entry above.
const KEY_LINE =
  /^("[^"\n]*"|'[^'\n]*'|[^\s#:'"\-?[\]{},&*!|>%@`](?:[^:\n]*[^\s:])?)[ \t]*:(?:[ \t]+(.*))?$/

/** Trims quotes and spaces from both ends; a loop, since a regex for the tail is quadratic. */
function stripQuoteRuns(text: string): string {
  const isQuote = (c: string | undefined) =>
    c === '"' || c === "'" || (c !== undefined && /\s/.test(c))
  let start = 0
  let end = text.length
  while (start < end && isQuote(text[start])) start++
  while (end > start && isQuote(text[end - 1])) end--
  return text.slice(start, end)
}

export interface YamlResult {
  data: Record<string, unknown>
  warnings: string[]
  /** Source text of a title the schema read as a number or boolean: `1.20` stays '1.20'. */
  titleSource?: string
  /** Why a title that could not be parsed was left out. */
  titleError?: string
}

/** Sets a key even when it is `__proto__`. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

interface Problem {
  text: string
  line: number
}

function describe(error: YAMLError, src: string, firstLine: number): Problem {
  const line = firstLine + src.slice(0, error.pos[0]).split('\n').length - 1
  return { text: `YAML error at line ${line} (${error.message.split('\n')[0] ?? ''})`, line }
}

function tooDeep(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return true
  if (value === null || typeof value !== 'object') return false
  return Object.values(value).some((v) => tooDeep(v, depth + 1))
}

/** Parses one YAML mapping; undefined when it has errors or is not a mapping. Throws on attacks. */
function toMapping(
  src: string,
  firstLine: number,
): { data: Record<string, unknown>; doc: Document } | { problem: Problem } | undefined {
  const doc = parseDocument(src, OPTIONS)
  const error = doc.errors[0]
  if (error) {
    if (error.message.includes('call stack')) {
      throw new PostError(
        `front matter is nested deeper than ${MAX_DEPTH} levels`,
        describe(error, src, firstLine).line,
      )
    }
    return { problem: describe(error, src, firstLine) }
  }
  if (doc.contents !== null && !isMap(doc.contents)) return undefined
  let data: unknown
  try {
    data = doc.toJS(TO_JS) ?? {}
  } catch (e) {
    if (e instanceof ReferenceError) {
      throw new PostError('front matter expands too many YAML aliases (an alias bomb?)', firstLine)
    }
    throw new PostError(`front matter cannot be read: ${(e as Error).message}`, firstLine)
  }
  if (tooDeep(data, 0))
    throw new PostError(`front matter is nested deeper than ${MAX_DEPTH} levels`, firstLine)
  return { data: data as Record<string, unknown>, doc }
}

function titleSourceOf(doc: Document, src: string): string | undefined {
  if (!isMap(doc.contents)) return undefined
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'title')
  const node = pair?.value
  if (!isScalar(node) || typeof node.value === 'string' || node.value === null || !node.range)
    return undefined
  return src.slice(node.range[0], node.range[1])
}

function duplicateKeys(doc: Document): string[] {
  if (!isMap(doc.contents)) return []
  const keys = doc.contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''))
  return [...new Set(keys.filter((k, i) => k !== '' && keys.indexOf(k) !== i))]
}

/** Splits YAML lines into top-level entries, each starting at a `key:` line. */
function entries(lines: string[]): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = []
  lines.forEach((line, i) => {
    const last = out.at(-1)
    if (KEY_LINE.test(line) || !last) out.push({ start: i, lines: [line] })
    else last.lines.push(line)
  })
  return out
}

/** Parses an entry alone; failing that, with its continuation lines indented, as YAML wants them. */
function recoverEntry(
  entry: { start: number; lines: string[] },
  firstLine: number,
  result: YamlResult,
): void {
  const line = firstLine + entry.start
  const first = toMapping(entry.lines.join('\n'), line)
  if (first && 'data' in first) {
    for (const [k, v] of Object.entries(first.data)) setKey(result.data, k, v)
    if ('title' in first.data) result.titleSource = titleSourceOf(first.doc, entry.lines.join('\n'))
    return
  }
  const indented = [
    entry.lines[0] ?? '',
    ...entry.lines.slice(1).map((l) => (l.trim() ? `  ${l}` : l)),
  ]
  const second = toMapping(indented.join('\n'), line)
  const match = KEY_LINE.exec(entry.lines[0] ?? '')
  const key = match?.[1]?.replace(/^["']|["']$/g, '') ?? `line ${line}`
  const why =
    first && 'problem' in first ? first.problem.text : `YAML error at line ${line} (not a mapping)`
  if (second && 'data' in second) {
    for (const [k, v] of Object.entries(second.data)) setKey(result.data, k, v)
    result.warnings.push(`${key}: ${why}; recovered by indenting its continuation lines`)
    return
  }
  // The raw text serves for a one-line value or a title: `"""""'x'"""""` means x.
  const raw = stripQuoteRuns(
    [match?.[2] ?? '', ...entry.lines.slice(1)].map((l) => l.trim()).join(' '),
  )
  if (match && raw && (key === 'title' || entry.lines.length === 1)) {
    setKey(result.data, key, raw)
    result.warnings.push(`${key}: ${why}; recovered from the raw text`)
  } else if (key === 'title') {
    result.titleError = why
  } else {
    result.warnings.push(`${key}: ${why}; dropped`)
  }
}

/** True when the text parses cleanly as a non-empty mapping: Hexo's test for front matter with no opening `---`. */
export function readsAsMapping(src: string): boolean {
  const doc = parseDocument(src, OPTIONS)
  return doc.errors.length === 0 && isMap(doc.contents) && doc.contents.items.length > 0
}

/** Reads a YAML front matter block: the common simple form at once, the rest with the parser. */
export function parseYamlMapping(src: string, firstLine: number): YamlResult {
  const simple = readSimpleMapping(src)
  return simple ? { data: simple, warnings: [] } : parseYamlFully(src, firstLine)
}

/** Reads a YAML front matter block, recovering entry by entry when the whole does not parse. */
export function parseYamlFully(src: string, firstLine: number): YamlResult {
  const whole = toMapping(src, firstLine)
  if (whole && 'data' in whole) {
    const warnings = duplicateKeys(whole.doc).map((k) => `${k}: duplicate key; the last value wins`)
    for (const w of whole.doc.warnings) {
      warnings.push(`front matter: ${describe(w, src, firstLine).text.replace('error', 'warning')}`)
    }
    return { data: whole.data, warnings, titleSource: titleSourceOf(whole.doc, src) }
  }
  const result: YamlResult = { data: {}, warnings: [] }
  for (const entry of entries(src.split('\n'))) recoverEntry(entry, firstLine, result)
  if (Object.keys(result.data).length === 0 && result.titleError === undefined) {
    const problem = whole
      ? whole.problem
      : { text: 'front matter is not a YAML mapping', line: firstLine }
    throw new PostError(problem.text, problem.line)
  }
  return result
}
