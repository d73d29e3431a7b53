import {
  MAX_DEPTH,
  parseYamlMapping,
  readsAsMapping,
  setKey,
  type YamlResult,
} from './front-matter-yaml'
import { PostError } from '../read/post-error'
import { splitFrontMatter } from './split-front-matter'

export interface FrontMatter {
  /** Every key as written; `title`, when present, is a trimmed one-line non-empty string. */
  data: Record<string, unknown>
  body: string
  /** 1-based line where the body starts */
  bodyLine: number
  warnings: string[]
}

const POST_EXTENSION = /\.(?:md|markdown|mdown|mkdn?|html?|txt)$/i

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

export function parseFrontMatter(text: string, opts: { fileName: string }): FrontMatter {
  const block = splitFrontMatter(text)
  const readable =
    block &&
    !('unclosed' in block) &&
    (block.prefixed || (block.json ? /^\s*[{"]/.test(block.src) : readsAsMapping(block.src)))
  if (!readable) {
    const why =
      block && 'unclosed' in block
        ? `front matter: no closing "${block.unclosed}" line, so the whole file is body (as in Hexo)`
        : 'no front matter'
    const result: YamlResult = { data: {}, warnings: [why] }
    settleTitle(result, opts.fileName)
    return { data: result.data, body: text, bodyLine: 1, warnings: result.warnings }
  }
  const result = block.json
    ? parseJson(block.src, block.line)
    : parseYamlMapping(block.src, block.line)
  settleTitle(result, opts.fileName)
  return {
    data: result.data,
    body: block.body,
    bodyLine: block.bodyLine,
    warnings: result.warnings,
  }
}
