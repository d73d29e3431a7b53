/** A seeded PRNG with the few helpers the generator needs. Same seed, same sequence, on any machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** `length` lowercase hex digits. */
  hex(length: number): string
}

/** mulberry32: 32 bits of state, fast, and good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick() from an empty list')
      return item
    },
    hex: (length) => {
      let out = ''
      while (out.length < length)
        out += Math.floor(next() * 0x100000000)
          .toString(16)
          .padStart(8, '0')
      return out.slice(0, length)
    },
  }
}

/** Picks from weighted items by binary search over the running totals. */
export function createWeightedPicker<T>(items: readonly T[], weights: readonly number[]) {
  const totals: number[] = []
  let sum = 0
  for (const weight of weights) totals.push((sum += weight))
  return (random: Random): T => {
    const target = random.next() * sum
    let lo = 0
    let hi = totals.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((totals[mid] ?? 0) > target) hi = mid
      else lo = mid + 1
    }
    const item = items[lo]
    if (item === undefined) throw new Error('weighted pick from an empty list')
    return item
  }
}
