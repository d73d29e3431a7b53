// temp measurement script (Engineer E); removed at the end
import { gzipSync } from 'node:zlib'
import { chromium, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from './e2e/support/find-browser.mjs'
const origin = process.env.ORIGIN ?? 'http://localhost:4305'
const what = process.argv[2] ?? 'all'
const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: CHROMIUM_ARGS })
async function js(viewport) {
  const ctx = await browser.newContext({ viewport, serviceWorkers: 'block' })
  const page = await ctx.newPage()
  const loaded = []
  page.on('response', (res) => {
    if (!/\.m?js(\?|$)/.test(new URL(res.url()).pathname)) return
    loaded.push(res.body().then((b) => [new URL(res.url()).pathname, gzipSync(b, { level: 9 }).length]))
  })
  await page.goto(origin + '/')
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor()
  await page.waitForLoadState('networkidle')
  const files = await Promise.all(loaded)
  console.log(viewport.width, files.reduce((s, f) => s + f[1], 0), JSON.stringify(files))
  await ctx.close()
}
const SCRIPT = `(() => {
  const v = (window.__v = { lcp: [], shifts: [] })
  const d = (n) => { if (!n) return '?'; const el = n instanceof Element ? n : n.parentElement; return el ? el.tagName + '.' + el.className + (el.id ? '#' + el.id : '') + ' ' + (el.textContent || '').slice(0, 30) : '?' }
  new PerformanceObserver((l) => l.getEntries().forEach((e) => v.lcp.push([Math.round(e.startTime), e.size, d(e.element)]))).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((l) => l.getEntries().forEach((e) => v.shifts.push([Math.round(e.startTime), +e.value.toFixed(4), (e.sources || []).map((s) => d(s.node) + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height]))]))).observe({ type: 'layout-shift', buffered: true })
})()`
async function vitals(path, ready, mobile = true, throttle = true) {
  const device = mobile ? devices['Pixel 5'] : devices['Desktop Chrome']
  const ctx = await browser.newContext({ ...device, viewport: mobile ? device.viewport : { width: 1280, height: 900 }, serviceWorkers: 'block' })
  const page = await ctx.newPage()
  await page.addInitScript(SCRIPT)
  const cdp = await ctx.newCDPSession(page)
  const reqs = []
  page.on('request', (r) => reqs.push([Date.now(), new URL(r.url()).pathname]))
  if (throttle) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 })
  }
  const t0 = Date.now()
  await page.goto(origin + path, { timeout: 120000 })
  await page.waitForSelector(ready, { timeout: 120000 })
  await page.waitForTimeout(3000)
  const v = await page.evaluate(() => window.__v)
  console.log(`--- ${path} mobile=${mobile}`)
  console.log('LCP', JSON.stringify(v.lcp))
  console.log('CLS', v.shifts.reduce((s, x) => s + x[1], 0).toFixed(4))
  for (const s of v.shifts) console.log('  shift', JSON.stringify(s))
  if (process.env.REQS) for (const [t, p] of reqs) console.log('  req', t - t0, p)
  await ctx.close()
}
if (what === 'all' || what === 'js') { await js({ width: 1280, height: 800 }); await js({ width: 390, height: 844 }) }
if (what === 'all' || what === 'vitals') {
  for (let i = 0; i < Number(process.env.N ?? 1); i++) {
    await vitals('/', '.entries .entry-title a')
    await vitals('/article/E7LUxSVr2fQn', '.article-body')
  }
}
if (what === 'desk') { await vitals('/', '.entries .entry-title a', false, false) }
await browser.close()
