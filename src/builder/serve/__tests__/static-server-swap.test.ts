import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { serveStatic } from '../static-server'

// A deploy that swaps the site out between the server's lookup and its read: the file is
// removed just before the server opens it.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof FsPromises>()
  return {
    ...fs,
    open: async (path: string, ...rest: []) => {
      if (path.endsWith('gone.css')) await fs.unlink(path)
      return fs.open(path, ...rest)
    },
  }
})

let site: string
beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'static-server-swap-'))
  await writeFile(join(site, 'index.html'), '<p>app</p>')
})
afterAll(() => rm(site, { recursive: true, force: true }))

it.each(['github-pages', 'cdn'] as const)(
  'like %s, a file removed mid-request is a 404 and the server keeps serving',
  async (like) => {
    await writeFile(join(site, 'gone.css'), 'p{}')
    const server = await serveStatic(site, { like, port: 0 })
    try {
      expect((await fetch(new URL('gone.css', server.url))).status).toBe(404)
      expect(await (await fetch(server.url)).text()).toBe('<p>app</p>')
    } finally {
      await server.close()
      await unlink(join(site, 'gone.css')).catch(() => {})
    }
  },
)
