import { describe, expect, it } from 'vitest'
import { parseDuration, parseHexoLog } from './hexo-log'

// What hexo generate 8.1 prints (stdout and stderr together), with the colours CI=true turns on.
const output = [
  '\u001b[32mINFO \u001b[39m Validating config',
  'INFO  Start processing',
  'WARN  No layout: p/2021/01/02/broken/index.html',
  'INFO  Files loaded in \u001b[36m2.36 s\u001b[39m',
  'INFO  Generated: archives/index.html',
  'ERROR Render HTML failed: p/2021/01/03/bad/index.html',
  'INFO  1234 files generated in \u001b[36m1.05 min\u001b[39m',
  '',
].join('\n')

describe('parseDuration', () => {
  it('reads every unit pretty-hrtime prints', () => {
    expect(parseDuration('512 ms')).toBeCloseTo(0.512)
    expect(parseDuration('2.35 s')).toBeCloseTo(2.35)
    expect(parseDuration('12 s')).toBe(12)
    expect(parseDuration('1.5 min')).toBeCloseTo(90)
    expect(parseDuration('1 h')).toBe(3600)
    expect(parseDuration('830 μs')).toBeCloseTo(0.00083)
  })

  it('gives null for anything else', () => {
    expect(parseDuration('soon')).toBeNull()
    expect(parseDuration('2.35 weeks')).toBeNull()
  })
})

describe('parseHexoLog', () => {
  it('reads Hexo’s own timers and file count through the colours', () => {
    const log = parseHexoLog(output)
    expect(log.loadSeconds).toBeCloseTo(2.36)
    expect(log.generateSeconds).toBeCloseTo(63)
    expect(log.filesGenerated).toBe(1234)
  })

  it('counts warnings and errors and keeps their lines', () => {
    const log = parseHexoLog(output)
    expect(log.warnings).toBe(1)
    expect(log.errors).toBe(1)
    expect(log.problems).toEqual([
      'WARN  No layout: p/2021/01/02/broken/index.html',
      'ERROR Render HTML failed: p/2021/01/03/bad/index.html',
    ])
  })

  it('leaves the figures null when Hexo stopped before printing them', () => {
    const log = parseHexoLog(
      "INFO  Start processing\nFATAL Something's wrong. Maybe you can find the solution here: …\n",
    )
    expect(log).toMatchObject({ loadSeconds: null, generateSeconds: null, filesGenerated: null })
    expect(log.errors).toBe(1)
  })
})
