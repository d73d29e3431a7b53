import { PostError } from './post-error'

export { PostError } from './post-error'

export interface RawPost {
  text: string
  warnings: string[]
}

/** Byte offset of the first invalid UTF-8 sequence and how many there are. */
function scanUtf8(bytes: Uint8Array): { first: number; count: number } {
  let first = -1
  let count = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1
    let ok = need >= 0 && i + need < bytes.length
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80
    // Overlong forms, surrogates and code points past U+10FFFF.
    const next = bytes[i + 1] ?? 0
    if (ok && b === 0xe0 && next < 0xa0) ok = false
    if (ok && b === 0xed && next > 0x9f) ok = false
    if (ok && b === 0xf0 && next < 0x90) ok = false
    if (ok && b === 0xf4 && next > 0x8f) ok = false
    if (ok) {
      i += need + 1
    } else {
      if (first < 0) first = i
      count++
      i++
    }
  }
  return { first, count }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

const SEPARATOR = /^(?:-{3,}|;{3,})[ \t]*$/

/** True when the text holds a whole front matter block: its closing separator line. */
function holdsFrontMatter(text: string): boolean {
  const lines = text.split(/\r\n?|\n/).filter((line) => line.trim() !== '')
  const seps = lines.filter((line) => SEPARATOR.test(line)).length
  return seps >= 2 || (seps === 1 && !SEPARATOR.test(lines[0] ?? ''))
}

function isBinary(bytes: Uint8Array): boolean {
  let control = 0
  for (const b of bytes) {
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return control > bytes.length / 100
}

/**
 * Decodes file bytes: strips a UTF-8 BOM (warning), converts CRLF/CR to LF, rejects files over
 * maxBytes, empty files, binary data and invalid UTF-8.
 *
 * Invalid UTF-8 is repaired (U+FFFD, with a warning) only when the bytes before the first bad
 * sequence already hold the whole front matter and bad sequences are rare: that is a truncated
 * character in a body, which is worth keeping; anything else (Latin-1, GBK, binary) is rejected.
 */
export function decodePost(bytes: Uint8Array, opts: { maxBytes: number }): RawPost {
  if (bytes.length > opts.maxBytes) {
    throw new PostError(`file is larger than ${opts.maxBytes} bytes (${bytes.length})`)
  }
  if (bytes.length === 0) throw new PostError('empty file')
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PostError('file is UTF-16; save it as UTF-8')
  }
  if (isBinary(bytes)) throw new PostError('binary data, not a text file')

  const warnings: string[] = []
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const { first, count } = scanUtf8(bytes)
    const line = lineAt(bytes, first)
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, first))
    if (count > bytes.length / 100 || !holdsFrontMatter(prefix)) {
      throw new PostError('not valid UTF-8 text (wrong encoding?)', line)
    }
    warnings.push(`invalid UTF-8 from line ${line}: ${count} invalid bytes replaced with U+FFFD`)
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  }

  if (text.startsWith('\uFEFF')) {
    text = text.slice(1)
    warnings.push('removed a UTF-8 byte order mark')
  }
  text = text.replace(/\r\n?/g, '\n')
  if (text.trim() === '') throw new PostError('empty file')
  return { text, warnings }
}
