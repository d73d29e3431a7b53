/** Builds `convert` argument lists for the sample images. Pure: no files, no processes. */
import type { ImageSpec } from './specs'

const latinFont = 'DejaVu-Serif'
const cjkFont = 'Noto-Sans-CJK-SC'

/** mulberry32: a tiny seeded PRNG, so the images come out the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash(text: string): number {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619)
  return h >>> 0
}

const hasCjk = (text: string): boolean => /[\u3000-\u9fff]/.test(text)

/** A soft gradient, a few translucent discs and hairline rules, and one word at the lower left. */
export function drawHeader(spec: ImageSpec, width: number, height: number): string[] {
  const rand = seededRandom(hash(spec.name))
  const draws: string[] = []
  for (let i = 0; i < 4; i++) {
    const x = Math.round(rand() * width)
    const y = Math.round(rand() * height)
    const r = Math.round(height * (0.15 + rand() * 0.45))
    const tone = i % 2 === 0 ? '255,255,255' : '20,20,20'
    draws.push('-fill', `rgba(${tone},${(0.05 + rand() * 0.08).toFixed(2)})`)
    draws.push('-draw', `circle ${x},${y} ${x + r},${y}`)
  }
  const ruleY = Math.round(height * 0.7)
  draws.push('-fill', 'rgba(255,255,255,0.35)')
  draws.push(
    '-draw',
    `rectangle ${Math.round(width * 0.05)},${ruleY} ${Math.round(width * 0.3)},${ruleY + 2}`,
  )
  const size = Math.round(height * 0.11)
  return [
    '-size',
    `${width}x${height}`,
    '-define',
    `gradient:angle=${spec.angle}`,
    `gradient:${spec.from}-${spec.to}`,
    ...draws,
    '-font',
    hasCjk(spec.word) ? cjkFont : latinFont,
    '-pointsize',
    String(size),
    '-fill',
    'rgba(255,255,255,0.9)',
    '-gravity',
    'southwest',
    '-annotate',
    `+${Math.round(width * 0.05)}+${Math.round(height * 0.12)}`,
    spec.word,
  ]
}

/** A small bar chart in the reader's own palette, with the last bar in the accent colour. */
export function drawChart(width: number, height: number): string[] {
  const values = [312, 298, 325, 341, 336, 358]
  const labels = ['7月', '8月', '9月', '10月', '11月', '12月']
  const left = 90
  const base = height - 70
  const slot = (width - left - 40) / values.length
  const draws: string[] = ['-stroke', '#E6E2DA', '-strokewidth', '1']
  for (let v = 100; v <= 400; v += 100) {
    const y = Math.round(base - (v / 400) * (base - 70))
    draws.push('-draw', `line ${left},${y} ${width - 40},${y}`)
    draws.push('-stroke', 'none', '-fill', '#5F6368', '-pointsize', '15')
    draws.push('-draw', `text ${left - 45},${y + 5} '${v}'`, '-stroke', '#E6E2DA')
  }
  draws.push('-stroke', 'none')
  values.forEach((value, i) => {
    const x = Math.round(left + i * slot + slot * 0.25)
    const y = Math.round(base - (value / 400) * (base - 70))
    const fill = i === values.length - 1 ? '#B3261E' : '#8E9BA6'
    draws.push('-fill', fill, '-draw', `rectangle ${x},${y} ${Math.round(x + slot * 0.5)},${base}`)
    draws.push('-fill', '#5F6368', '-pointsize', '16')
    draws.push('-draw', `text ${x + 4},${base + 28} '${labels[i]}'`)
  })
  return [
    '-size',
    `${width}x${height}`,
    'xc:#FCFBF8',
    '-font',
    cjkFont,
    '-fill',
    '#1C1C1E',
    '-pointsize',
    '20',
    '-draw',
    `text ${left},40 '样本港口月度集装箱吞吐量（万标箱）'`,
    '-stroke',
    '#5F6368',
    '-draw',
    `line ${left},${base} ${width - 40},${base}`,
    ...draws,
  ]
}

const qrSize = 25

function finder(row: number, col: number, top: number, left: number): boolean | undefined {
  const r = row - top
  const c = col - left
  if (r < -1 || r > 7 || c < -1 || c > 7) return undefined
  if (r === -1 || r === 7 || c === -1 || c === 7) return false
  const ring = Math.min(r, c, 6 - r, 6 - c)
  return ring !== 1
}

/** A QR-code-like pattern as a plain PBM: three finder squares and seeded noise. It encodes nothing. */
export function drawQrPbm(): string {
  const rand = seededRandom(7)
  const rows: string[] = []
  for (let row = 0; row < qrSize; row++) {
    const cells: string[] = []
    for (let col = 0; col < qrSize; col++) {
      const fixed =
        finder(row, col, 0, 0) ?? finder(row, col, 0, qrSize - 7) ?? finder(row, col, qrSize - 7, 0)
      const timing = row === 6 || col === 6 ? (row + col) % 2 === 0 : undefined
      cells.push((fixed ?? timing ?? rand() < 0.5) ? '1' : '0')
    }
    rows.push(cells.join(' '))
  }
  return `P1\n${qrSize} ${qrSize}\n${rows.join('\n')}\n`
}

/** Arguments that scale the PBM read from stdin into a crisp PNG with a quiet zone. */
export function drawQrArgs(): string[] {
  return ['-scale', '600%', '-bordercolor', 'white', '-border', '24', '-colors', '2', '-strip']
}
