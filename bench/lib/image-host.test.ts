import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { claimedSize, drawJpeg, TARGET_BYTES, targetBytes } from './image-host'

describe('the bench image host', () => {
  it('reads the size a URL claims, else a 16:9 default', () => {
    expect(claimedSize('/finance/transform/20240101/w640h360/abc.jpg')).toEqual({
      width: 640,
      height: 360,
    })
    expect(claimedSize('/400/300?random=12')).toEqual({ width: 400, height: 300 })
    expect(claimedSize('/2024/0101/abc.webp')).toEqual({ width: 800, height: 450 })
  })

  it('gives each URL one of the sizes, the same every time', () => {
    const sizes = ['/a.jpg', '/b.jpg', '/c.jpg', '/d.jpg'].map(targetBytes)
    for (const size of sizes) expect(TARGET_BYTES).toContain(size)
    expect(['/a.jpg', '/b.jpg', '/c.jpg', '/d.jpg'].map(targetBytes)).toEqual(sizes)
  })

  it('draws a real JPEG of the claimed pixels, a little over the byte size asked', async () => {
    for (const bytes of [TARGET_BYTES[0]!, TARGET_BYTES.at(-1)!]) {
      const jpeg = await drawJpeg(640, 360, bytes, 1)
      const meta = await sharp(jpeg).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 640, 360])
      expect(jpeg.length).toBeGreaterThanOrEqual(bytes)
      expect(jpeg.length).toBeLessThan(bytes * 1.2)
    }
  })
})
