/**
 * The common front matter, read without a YAML parser: top-level `key: scalar` lines and `key:`
 * lines followed by `- scalar` items, or by nothing (null). Anything else (quotes with escapes, flow collections,
 * nesting, comments, numbers, nulls, repeated keys) returns undefined, and the YAML parser reads
 * it. Most posts are this simple, and the parser cost a build about a tenth of its CPU.
 */

const KEY = /^([A-Za-z_][\w-]*):(?:[ ]+(.*))?$/
const ITEM = /^([ ]*)-[ ]+(.*)$/
// Plain scalars that the core schema reads as a number or null, and that may start one.
const NUMBER_OR_NULL =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|~|[Nn]ull|NULL)$/
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
// What a plain scalar must not start with (YAML's indicators), or hold (a mapping, a comment).
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/
const PLAIN_INSIDE = /: |:$| #/

// Tabs, carriage returns, control characters, byte-order marks, other line breaks: the parser's.
// eslint-disable-next-line no-control-regex
const AWKWARD = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/

type Scalar = string | boolean

/** One scalar's value; undefined for any form left to the YAML parser. */
function scalar(text: string): Scalar | undefined {
  const value = text.trimEnd()
  if (value.startsWith('"')) {
    // Double quotes with no escapes and no quote inside: the text between them.
    if (value.length < 2 || !value.endsWith('"')) return undefined
    const inner = value.slice(1, -1)
    return /["\\]/.test(inner) ? undefined : inner
  }
  if (value.startsWith("'")) {
    if (value.length < 2 || !value.endsWith("'")) return undefined
    const inner = value.slice(1, -1)
    // Inside single quotes, '' is a quote; a lone one would end the string early.
    if (/'(?!')/.test(inner.replaceAll("''", ''))) return undefined
    return inner.replaceAll("''", "'")
  }
  if (value === '' || PLAIN_START.test(value) || PLAIN_INSIDE.test(value)) return undefined
  if (NUMBER_OR_NULL.test(value)) return undefined
  if (BOOLEAN.test(value)) return value === 'true' ? true : value === 'false' ? false : undefined
  return value
}

export function readSimpleMapping(
  src: string,
): Record<string, Scalar | Scalar[] | null> | undefined {
  if (AWKWARD.test(src)) return undefined
  const data: Record<string, Scalar | Scalar[] | null> = {}
  const lines = src.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    const match = KEY.exec(line)
    if (!match) return undefined
    const key = match[1]!
    if (Object.hasOwn(data, key) || key === '__proto__') return undefined
    const rest = match[2]?.trimEnd() ?? ''
    if (rest !== '') {
      const value = scalar(rest)
      if (value === undefined) return undefined
      data[key] = value
      continue
    }
    // `key:` alone: a list of scalars follows, all at one indent.
    const items: Scalar[] = []
    let indent: string | undefined
    while (i + 1 < lines.length) {
      const item = ITEM.exec(lines[i + 1]!)
      if (!item || (indent !== undefined && item[1] !== indent)) break
      indent = item[1]
      const value = scalar(item[2]!)
      if (value === undefined) return undefined
      items.push(value)
      i += 1
    }
    // Nothing follows: an empty value, null as YAML reads it.
    data[key] = items.length > 0 ? items : null
  }
  return data
}
