import {
  MAX_DEPTH,
  parseYamlMapping,
  readsAsMapping,
  setKey,
  type YamlResult,
} from './front-matter-yaml'
import { PostError } from '../read/post-error'

export interface FrontMatter {
  /** Every key as written; `title`, when present, is a trimmed one-line non-empty string. */
  data: Record<string, unknown>
  body: string
  /** 1-based line where the body starts */
  bodyLine: number
  warnings: string[]
}

const SEPARATOR = /^(-{3,}|;{3,})[ \t]*$/
const POST_EXTENSION = /\.(?:md|markdown|mdown|mkdn?|html?|txt)$/i

function isSeparator(line: string | undefined, char?: string): boolean {
  const m = SEPARATOR.exec(line ?? '')
  return m !== null && (char === undefined || m[1]?.[0] === char)
}

function depth(value: unknown, level: number): number {
  if (level > MAX_DEPTH || value === null || typeof value !== 'object') return level
  return Math.max(level, ...Object.values(value).map((v) => depth(v, level + 1)))
}

/** Hexo's JSON form: the object's members with or without their braces. */
function parseJson(src: string, firstLine: number): YamlResult {
  const trimmed = src.trim()
  let data: unknown
  try {
    data = JSON.parse(trimmed.startsWith('{') ? trimmed : `{${trimmed}}`)
  } catch (e) {
    throw new PostError(`front matter is not valid JSON: ${(e as Error).message}`, firstLine)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new PostError('front matter is not a JSON object', firstLine)
  }
  if (depth(data, 0) > MAX_DEPTH) {
    throw new PostError(`front matter is nested deeper than ${MAX_DEPTH} levels`, firstLine)
  }
  return { data: data as Record<string, unknown>, warnings: [] }
}

function nameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  return base.replace(POST_EXTENSION, '').replace(/\s+/g, ' ').trim()
}

function settleTitle(result: YamlResult, fileName: string): void {
  const { data } = result
  let title = data.title
  if (typeof title === 'number' || typeof title === 'boolean')
    title = result.titleSource ?? String(title)
  const text = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : ''
  delete data.title
  // A bare '#' is what a feed left when its item had no title.
  if (text && !/^#+$/.test(text)) {
    setKey(data, 'title', text)
    return
  }
  const why =
    result.titleError ??
    (title === undefined
      ? 'missing'
      : title === null || typeof title === 'string'
        ? 'empty'
        : 'not text')
  const fromName = nameOf(fileName)
  if (fromName) setKey(data, 'title', fromName)
  result.warnings.push(
    `title: ${why}; ${fromName ? 'recovered from the file name' : 'no usable title'}`,
  )
}

interface Block {
  src: string
  /** 1-based line of the block's first line. */
  line: number
  json: boolean
  /** Index of the closing separator line. */
  close: number
}

/** Finds the front matter block the way Hexo does, also past leading blank lines. */
function findBlock(lines: string[]): Block | undefined {
  const start = lines.findIndex((line) => line.trim() !== '')
  const opening = lines[start]
  if (start >= 0 && isSeparator(opening)) {
    const char = opening?.[0]
    const close = lines.findIndex((line, i) => i > start && isSeparator(line, char))
    if (close < 0)
      throw new PostError(`front matter has no closing "${opening?.trim()}" line`, start + 1)
    const src = lines.slice(start + 1, close).join('\n')
    return { src, line: start + 2, json: char === ';', close }
  }
  // Hexo's other form: front matter with no opening separator, kept only when it reads as one.
  const close = lines.findIndex((line) => isSeparator(line))
  if (close < 0) return undefined
  const src = lines.slice(0, close).join('\n')
  const json = isSeparator(lines[close], ';')
  if (json && !/^\s*[{"]/.test(src)) return undefined
  if (!json && !readsAsMapping(src)) return undefined
  return { src, line: 1, json, close }
}

export function parseFrontMatter(text: string, opts: { fileName: string }): FrontMatter {
  const lines = text.split('\n')
  const block = findBlock(lines)
  if (!block) {
    const result: YamlResult = { data: {}, warnings: ['no front matter'] }
    settleTitle(result, opts.fileName)
    return { data: result.data, body: text, bodyLine: 1, warnings: result.warnings }
  }
  const result = block.json
    ? parseJson(block.src, block.line)
    : parseYamlMapping(block.src, block.line)
  settleTitle(result, opts.fileName)
  return {
    data: result.data,
    body: lines.slice(block.close + 1).join('\n'),
    bodyLine: block.close + 2,
    warnings: result.warnings,
  }
}
