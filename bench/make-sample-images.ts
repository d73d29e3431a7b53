/**
 * Draws the images of the sample content into public/sample/ with ImageMagick's `convert`.
 * Run once and commit the output: `npx tsx bench/make-sample-images.ts`.
 * Needs the DejaVu Serif and Noto Sans CJK SC fonts (fonts-dejavu, fonts-noto-cjk).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { headers, figures } from './sample-images/specs'
import { drawChart, drawHeader, drawQrArgs, drawQrPbm } from './sample-images/draw'

const outDir = fileURLToPath(new URL('../public/sample/', import.meta.url))
mkdirSync(outDir, { recursive: true })

const jpeg = ['-strip', '-interlace', 'Plane', '-sampling-factor', '4:2:0', '-quality', '70']

function run(args: string[]): void {
  execFileSync('convert', args, { stdio: ['pipe', 'inherit', 'inherit'] })
}

const written: string[] = []

for (const spec of headers) {
  const file = `${outDir}${spec.name}.jpg`
  run([...drawHeader(spec, 1200, 675), ...jpeg, file])
  written.push(file)
  if (spec.thumb) {
    // List thumbnails are 4:3; drawn afresh rather than cropped, so the word stays whole.
    const thumb = `${outDir}thumb-${spec.name}.jpg`
    run([...drawHeader(spec, 400, 300), ...jpeg, thumb])
    written.push(thumb)
  }
}

for (const spec of figures) {
  const file = `${outDir}${spec.name}.jpg`
  run([...drawHeader(spec, 800, 450), ...jpeg, file])
  written.push(file)
}

const chart = `${outDir}figure-chart.png`
run([...drawChart(800, 450), '-strip', '-colors', '16', chart])
written.push(chart)

const qr = `${outDir}qr-promo.png`
execFileSync('convert', ['pbm:-', ...drawQrArgs(), qr], { input: drawQrPbm() })
written.push(qr)

let total = 0
for (const file of written) {
  const size = statSync(file).size
  total += size
  console.log(`${(size / 1024).toFixed(1).padStart(6)} KB  ${file.slice(outDir.length)}`)
}
console.log(`${written.length} images, ${(total / 1024).toFixed(1)} KB`)
