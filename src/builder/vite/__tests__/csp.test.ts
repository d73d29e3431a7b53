import { describe, expect, it } from 'vitest'
import { compactCsp, CSP_DIRECTIVES, formatCsp } from '../csp'

/** The sources a browser applies to `name` (CSP3 fallbacks for the fetch directives). */
function effective(policy: string, name: string): string | undefined {
  const directives = new Map(
    policy.split('; ').map((d) => {
      const [key = '', ...sources] = d.split(' ')
      return [key, sources.join(' ')] as const
    }),
  )
  const chain: Record<string, string[]> = {
    'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  }
  const order = chain[name] ?? (name.endsWith('-src') ? [name, 'default-src'] : [name])
  for (const key of order) if (directives.has(key)) return directives.get(key)
  return undefined
}

describe('the share pages’ compact policy', () => {
  const full = formatCsp(CSP_DIRECTIVES)
  const compact = compactCsp(CSP_DIRECTIVES)

  it('is shorter and enforces the same sources for every directive', () => {
    expect(compact.length).toBeLessThan(full.length - 100)
    for (const name of Object.keys(CSP_DIRECTIVES))
      expect(effective(compact, name), name).toBe(effective(full, name))
    expect(compact).toContain("require-trusted-types-for 'script'")
    expect(compact).toContain("object-src 'none'")
  })

  it('keeps a directive that differs from default-src, and worker-src when script-src differs', () => {
    const policy = compactCsp({
      'default-src': ["'self'"],
      'script-src': ["'self'", 'https://cdn.example'],
      'worker-src': ["'self'"],
      'style-src': ["'self'"],
    })
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' https://cdn.example; worker-src 'self'",
    )
  })
})
