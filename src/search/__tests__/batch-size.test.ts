import { describe, expect, it } from 'vitest'
import { MAX_BATCH, batchSize } from '../batch-size'

describe('batchSize', () => {
  it('asks for what is wanted while nothing was rejected', () => {
    expect(batchSize(6, 0, 0)).toBe(6)
    expect(batchSize(6, 12, 0)).toBe(6)
    expect(batchSize(0, 3, 9)).toBe(0)
  })

  it('widens by the rejection rate seen so far', () => {
    // One in three kept: three times as many candidates for the same results.
    expect(batchSize(5, 2, 4)).toBe(15)
    // Nothing kept yet, six rejected: counted as one in seven.
    expect(batchSize(3, 0, 6)).toBe(21)
  })

  it('never goes past the widest batch, nor below what is wanted', () => {
    expect(batchSize(10, 1, 99)).toBe(MAX_BATCH)
    expect(batchSize(60, 1, 1)).toBe(60)
  })
})
