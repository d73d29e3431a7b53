import { describe, expect, it } from 'vitest'
import { foldPairs, foldTableModule } from '../fold-table'

describe('the Traditional → Simplified table', () => {
  it('is generated from opencc-js', async () => {
    await expect(foldTableModule()).toMatchFileSnapshot('../../../search/t2s-chars.ts')
  })

  it('maps single code points to single code points, already folded', () => {
    const pairs = foldPairs()
    const from = new Map(pairs)
    expect(pairs.length).toBeGreaterThan(3000)
    for (const [a, b] of pairs) {
      expect([...a]).toHaveLength(1)
      expect([...b]).toHaveLength(1)
      expect(from.has(b)).toBe(false)
    }
    expect(from.get('迴')).toBe('回')
    expect(from.get('裡')).toBe('里')
    expect(from.get('衞')).toBe('卫')
    expect(from.has('么')).toBe(false)
    expect(from.has('著')).toBe(false)
  })
})
