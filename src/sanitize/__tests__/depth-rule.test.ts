import { describe, expect, it } from 'vitest'
import { SANITIZE_POLICY } from '../policy'
import { isTooDeep } from '../rules'

describe('the depth rule', () => {
  it('unwraps elements past the policy depth, except void ones', () => {
    const max = SANITIZE_POLICY.maxDepth
    expect(isTooDeep('div', max)).toBe(false)
    expect(isTooDeep('div', max + 1)).toBe(true)
    expect(isTooDeep('DIV', max + 1)).toBe(true)
    expect(isTooDeep('img', max + 1)).toBe(false)
    expect(isTooDeep('br', 10_000)).toBe(false)
    expect(isTooDeep('p', 3, 2)).toBe(true)
  })
})
