import { expect, test } from '@playwright/test'
import {
  installabilityErrors,
  readBundle,
  waitForController,
  withPersistentContext,
} from './support/pwa'

interface Manifest {
  name: string
  short_name: string
  description: string
  lang: string
  start_url: string
  scope: string
  display: string
  theme_color: string
  background_color: string
  icons: { src: string; sizes: string; purpose?: string }[]
}

// Add to home screen: Chromium itself must find nothing missing.
test('Chromium reports the production build installable, with the site title and icons', async ({
  request,
  baseURL,
}) => {
  const { entry } = await readBundle(request)
  await withPersistentContext(baseURL!, async (context) => {
    const page = await context.newPage()
    await page.goto('/')
    await waitForController(page)
    expect(await installabilityErrors(page)).toEqual([])
  })

  const index = await (await request.get('/')).text()
  const manifestHref = /<link rel="manifest" href="([^"]+)"/.exec(index)?.[1]
  const manifest = (await (await request.get(manifestHref!)).json()) as Manifest
  expect(manifest).toMatchObject({
    name: entry.site.title,
    lang: entry.site.language,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#FCFBF8',
    background_color: '#FCFBF8',
  })
  expect(manifest.short_name.length).toBeGreaterThan(0)
  expect(manifest.description.length).toBeGreaterThan(0)
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))
  for (const icon of manifest.icons)
    expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png')

  const touchIcon = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(index)?.[1]
  expect((await request.get(touchIcon!)).status()).toBe(200)
})
