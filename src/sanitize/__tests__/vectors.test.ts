import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../test-support/hostile/vector-kit'
import { VECTORS } from '../../../test-support/hostile/vectors'

describe('the hostile corpus', () => {
  it('holds at least 100 vectors with unique names', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(100)
    expect(new Set(VECTORS.map((v) => v.name)).size).toBe(VECTORS.length)
  })

  it.each(CATEGORIES)('covers %s', (category) => {
    expect(VECTORS.filter((v) => v.category === category).length).toBeGreaterThanOrEqual(3)
  })

  it('plants a payload in every vector', () => {
    for (const v of VECTORS) expect(v.forbidden.length, v.name).toBeGreaterThan(0)
  })
})
