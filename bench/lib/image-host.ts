/**
 * The synthetic corpus's image hosts, served from here: Chromium resolves them to this HTTPS
 * server (a throwaway self-signed certificate, which the bench's browser is told to accept), so
 * images load over the same throttled link as the page, at their real sizes. The corpus and the
 * site keep their URLs; only the bench's browser is pointed here.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sharp from 'sharp'

/** Every host bench/corpus/images.ts writes. */
export const IMAGE_HOSTS = ['n.sinaimg.cn', 'img.example.com', 'picsum.photos']

/** What a URL that names no size gets: a 16:9 news photo. */
const DEFAULT_SIZE = { width: 800, height: 450 }

/** Byte sizes spread over 30–150 KB; each URL gets one, by its hash. */
export const TARGET_BYTES = [32, 48, 64, 80, 96, 112, 128, 146].map((kb) => kb * 1024)

/** The pixel size a URL claims: `w640h360` (Sina) or `/400/300` (picsum), else the default. */
export function claimedSize(path: string): { width: number; height: number } {
  const bare = path.split('?')[0] ?? ''
  const sina = /(?:^|[/_.-])w(\d{2,4})h(\d{2,4})(?=[/_.-]|$)/.exec(bare)
  const picsum = /^\/(\d{2,4})\/(\d{2,4})$/.exec(bare)
  const match = sina ?? picsum
  return match ? { width: Number(match[1]), height: Number(match[2]) } : DEFAULT_SIZE
}

export function targetBytes(path: string): number {
  const digest = createHash('sha1').update(path).digest()
  return TARGET_BYTES[digest[0]! % TARGET_BYTES.length]!
}

/** Gaussian noise over a tint, its strength searched until the JPEG is about `bytes` long. */
export async function drawJpeg(width: number, height: number, bytes: number, seed: number) {
  const encode = (sigma: number, quality: number) =>
    sharp({
      create: {
        width,
        height,
        channels: 3,
        background: { r: 60 + (seed % 140), g: 90 + ((seed * 7) % 120), b: 110 },
        noise: { type: 'gaussian', mean: 128, sigma },
      },
    })
      .jpeg({ quality, progressive: true })
      .toBuffer()
  for (const quality of [80, 90, 97]) {
    let [low, high] = [1, 160]
    let best = await encode(high, quality)
    if (best.length < bytes) continue
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2)
      const jpeg = await encode(mid, quality)
      if (jpeg.length >= bytes) [high, best] = [mid, jpeg]
      else low = mid
    }
    return best
  }
  return encode(160, 97)
}

function certificate(dir: string) {
  const key = join(dir, 'key.pem')
  const cert = join(dir, 'cert.pem')
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true })
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30'],
        ...['-subj', '/CN=bench-images', '-keyout', key, '-out', cert],
      ],
      { stdio: 'ignore' },
    )
  }
  return { key: readFileSync(key), cert: readFileSync(cert) }
}

export interface ImageHost {
  port: number
  /** Chromium flags that send IMAGE_HOSTS here. */
  browserArgs: string[]
  /** Images served and their bytes, since the start. */
  served: () => { count: number; bytes: number }
  close: () => Promise<void>
}

export async function startImageHost(work: string): Promise<ImageHost> {
  const drawn = new Map<string, Promise<Buffer>>()
  let count = 0
  let bytes = 0
  const server = createServer(certificate(join(work, 'image-host')), (req, res) => {
    const path = req.url ?? '/'
    const { width, height } = claimedSize(path)
    const target = targetBytes(path)
    const key = `${width}x${height}@${target}`
    if (!drawn.has(key)) drawn.set(key, drawJpeg(width, height, target, drawn.size))
    drawn
      .get(key)!
      .then((jpeg) => {
        count += 1
        bytes += jpeg.length
        res.writeHead(200, {
          'Content-Type': 'image/jpeg',
          'Content-Length': jpeg.length,
          'Cache-Control': 'public, max-age=86400',
          'Timing-Allow-Origin': '*',
        })
        res.end(jpeg)
      })
      .catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const rules = IMAGE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',')
  return {
    port,
    browserArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    served: () => ({ count, bytes }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
