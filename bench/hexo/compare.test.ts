import { describe, expect, it } from 'vitest'
import { compareWithHexo, formatHexoComparison } from './compare'
import type { OurFigures } from './compare'
import type { HexoFigures } from './measure-hexo'

const hexo = (overrides: Partial<HexoFigures> = {}): HexoFigures => ({
  posts: 1000,
  postsGenerated: 1000,
  postsUntitled: 0,
  seconds: 8,
  postsPerSecond: 125,
  peakRssMb: 300,
  cpuSeconds: 9,
  exitCode: 0,
  log: {
    loadSeconds: 3,
    generateSeconds: 4.5,
    filesGenerated: 2100,
    warnings: 0,
    errors: 0,
    problems: [],
  },
  logFile: '/tmp/hexo-1000.log',
  packages: { hexo: '8.1.2', 'hexo-renderer-marked': '7.0.1' },
  load: [1, 1.2],
  ...overrides,
})

const ours: OurFigures[] = [
  { posts: 1000, postsPerSecond: 700, wallSeconds: 2, siteSeconds: 3, cpuSeconds: 3 },
  { posts: 10_000, postsPerSecond: 1500, wallSeconds: 8, siteSeconds: 10, cpuSeconds: 16 },
]

describe('compareWithHexo', () => {
  it('sets ours at 10,000 posts against Hexo’s posts per second', () => {
    const c = compareWithHexo(hexo(), ours, [1000, 10_000])
    expect(c.ratio).toBe(12)
    expect(c.met).toBe(true)
    expect(c.ours).toMatchObject({
      posts: 10_000,
      wallPostsPerSecond: 1250,
      sitePostsPerSecond: 1000,
    })
    expect(c.notes).toEqual([])
    const text = formatHexoComparison(c)
    expect(text).toContain('1,000 of 1,000 posts generated in 8.00 s wall')
    expect(text).toContain("1,500 posts/s = 12.0× Hexo's; target ≥ 10×: met")
    expect(text).toContain('hexo-renderer-marked 7.0.1')
    expect(text).toContain('bundle 1,250 posts/s, 10.0×; site 1,000 posts/s, 8.0×')
  })

  it('sets posts per CPU-second side by side, when both processes reported theirs', () => {
    const c = compareWithHexo(hexo(), ours, [10_000])
    expect(c.ours?.cpu?.ours).toBe(625)
    expect(c.ours?.cpu?.ratio).toBeCloseTo(5.625)
    expect(formatHexoComparison(c)).toContain(
      'by CPU time: bundle 625 posts per CPU-second, Hexo 111: 5.6×',
    )
    const noUsage = compareWithHexo(hexo({ cpuSeconds: null }), ours, [10_000])
    expect(noUsage.ours?.cpu).toBeNull()
    expect(formatHexoComparison(noUsage)).not.toContain('by CPU time')
  })

  it('says the target is missed below 10×', () => {
    const c = compareWithHexo(hexo({ postsPerSecond: 200 }), ours, [1000, 10_000])
    expect(c.ratio).toBe(7.5)
    expect(formatHexoComparison(c)).toContain("7.5× Hexo's; target ≥ 10×: missed")
  })

  it('gives no ratio, and says why, when the run has no 10,000-post build', () => {
    const c = compareWithHexo(hexo(), ours.slice(0, 1), [1000])
    expect(c).toMatchObject({ ours: null, ratio: null, met: null })
    expect(c.notes).toEqual(['no 10,000-post build in this run (--sizes 1000)'])
    expect(formatHexoComparison(c)).toContain('No ratio against the ≥ 10× target.')
  })

  it('names the posts Hexo did not render and a failed generate', () => {
    const c = compareWithHexo(
      hexo({ postsGenerated: 990, postsUntitled: 3, exitCode: 2 }),
      ours,
      [10_000],
    )
    expect(c.notes).toEqual([
      'hexo generate exited with 2 (log: /tmp/hexo-1000.log)',
      'Hexo rendered 990 of 1000 posts; its posts/s counts those 990',
      "3 of Hexo's post pages have no title (front matter not read)",
    ])
  })

  it('gives no ratio when Hexo rendered nothing', () => {
    const c = compareWithHexo(hexo({ postsGenerated: 0, postsPerSecond: 0 }), ours, [10_000])
    expect(c.ratio).toBeNull()
    expect(c.met).toBeNull()
  })
})
