import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { installApp, writeManifest } from '../install-app'
import { KIT_BASE, atBase, kitPaths } from '../kit-paths'
import { kitStamp } from '../kit-stamp'

const folders: string[] = []
afterEach(async () => Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true }))))
async function tree(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'app-kit-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

describe('the prebuilt app under a base', () => {
  it('takes the base wherever Vite or the router wrote the placeholder', () => {
    const text = `src="${KIT_BASE}_app/a.js" href="/__broadsheet_base__" href="/__broadsheet_base__?page=2"`
    expect(atBase(text, '/')).toBe('src="/_app/a.js" href="/" href="/?page=2"')
    expect(atBase(text, '/news/')).toBe('src="/news/_app/a.js" href="/news" href="/news?page=2"')
  })

  it('is copied with the base in its text files, its images as they are, and the site in its manifest', async () => {
    const root = await tree({
      'prebuilt/k/app/index.html': `<script src="${KIT_BASE}boot.js"></script>`,
      'prebuilt/k/app/_app/index-abc.js': `const base="${KIT_BASE}"`,
      'prebuilt/k/app/icons/icon.png': `\x89PNG${KIT_BASE}`,
      'prebuilt/k/app/manifest.webmanifest': JSON.stringify({
        name: 'Broadsheet',
        scope: KIT_BASE,
        start_url: KIT_BASE,
      }),
    })
    const site = join(root, 'site')
    await installApp(kitPaths(root, 'k'), site, '/news/')
    await writeManifest(site, { title: 'Sina archive', language: 'en' })
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe(
      '<script src="/news/boot.js"></script>',
    )
    expect(await readFile(join(site, '_app/index-abc.js'), 'utf8')).toBe('const base="/news/"')
    expect(await readFile(join(site, 'icons/icon.png'), 'utf8')).toContain(KIT_BASE)
    const manifest = JSON.parse(await readFile(join(site, 'manifest.webmanifest'), 'utf8'))
    expect(manifest).toMatchObject({
      name: 'Sina archive',
      lang: 'en',
      scope: '/news/',
      start_url: '/news/',
    })
  })

  it('fails the build where the placeholder is left in another shape', async () => {
    const root = await tree({
      'prebuilt/k/app/index.html': '<a href="__broadsheet_base__/x">',
      'prebuilt/k/app/manifest.webmanifest': '{}',
    })
    await expect(installApp(kitPaths(root, 'k'), join(root, 'site'), '/')).rejects.toThrow(
      /base is still in .*index\.html/,
    )
  })
})

describe('the stamp of the app sources', () => {
  it('changes with the app, its public files, the lockfile or a VITE_ variable, not with the builder or tests', async () => {
    const root = await tree({
      'src/app/main.tsx': 'app',
      'src/builder/cli.ts': 'cli',
      'src/builder/vite/app-config.ts': 'config',
      'src/app/__tests__/x.test.ts': 'test',
      'public/boot.js': 'boot',
      'package-lock.json': '{}',
    })
    const first = await kitStamp(root)
    const changed = async (path: string, text: string) => {
      await writeFile(join(root, path), text)
      return (await kitStamp(root)) !== first
    }
    expect(await changed('src/builder/cli.ts', 'cli 2')).toBe(false)
    expect(await changed('src/app/__tests__/x.test.ts', 'test 2')).toBe(false)
    expect(await changed('src/app/main.tsx', 'app 2')).toBe(true)
    await writeFile(join(root, 'src/app/main.tsx'), 'app')
    expect(await changed('src/builder/vite/app-config.ts', 'config 2')).toBe(true)
    await writeFile(join(root, 'src/builder/vite/app-config.ts'), 'config')
    expect(await changed('public/boot.js', 'boot 2')).toBe(true)
    await writeFile(join(root, 'public/boot.js'), 'boot')
    expect(await changed('package-lock.json', '{"v":2}')).toBe(true)
    await writeFile(join(root, 'package-lock.json'), '{}')
    // A VITE_ variable goes into the app: another one is another app.
    process.env.VITE_APP_VERSION = 'B'
    try {
      expect(await kitStamp(root)).not.toBe(first)
    } finally {
      delete process.env.VITE_APP_VERSION
    }
    expect(await kitStamp(root)).toBe(first)
  })
})
