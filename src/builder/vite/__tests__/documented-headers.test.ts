import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, formatCsp, securityHeaders } from '../csp'

const read = (doc: string) =>
  readFileSync(new URL(`../../../../docs/${doc}`, import.meta.url), 'utf8')

/** The fenced code blocks of a Markdown page. */
const codeBlocks = (markdown: string) =>
  [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '')

const HEADERS = securityHeaders()
const NAMES = Object.keys(HEADERS)

/** The security headers a sample config sets: nginx's `add_header Name "value";`, `_headers`' `Name: value`. */
function headersIn(block: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const line of block.split('\n')) {
    const match =
      /^\s*add_header\s+([\w-]+)\s+"([^"]*)"(?:\s+always)?;\s*$/.exec(line) ??
      /^\s+([\w-]+):\s+(.*?)\s*$/.exec(line)
    if (match && NAMES.includes(match[1]!)) found[match[1]!] = match[2]!
  }
  return found
}

describe('the documented headers are the ones csp.ts produces', () => {
  it('docs/deploying.md: every sample config sets all of them, as securityHeaders() says', () => {
    const samples = codeBlocks(read('deploying.md'))
      .map(headersIn)
      .filter((headers) => Object.keys(headers).length > 0)
    // nginx and _headers (Netlify, Cloudflare Pages).
    expect(samples.length).toBeGreaterThanOrEqual(2)
    for (const headers of samples) expect(headers).toEqual(HEADERS)
  })

  it('docs/security.md: the meta policy it quotes, with the iframe hosts written as a placeholder', () => {
    const quoted = /`(default-src [^`]*)`/.exec(read('security.md'))?.[1]
    const hosts = CSP_DIRECTIVES['frame-src']?.join(' ') ?? ''
    expect(
      quoted
        ?.replace(/\s+/g, ' ')
        .replace("frame-src <the policy's iframe hosts, https>", `frame-src ${hosts}`),
    ).toBe(formatCsp(CSP_DIRECTIVES))
  })
})
