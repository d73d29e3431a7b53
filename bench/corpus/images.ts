/** Remote image URLs of the shapes the archive uses. None of them need to load. */
import type { Random } from './random'

const ymd = (date: Date): string => date.toISOString().slice(0, 10).replaceAll('-', '')

export function sinaImage(r: Random, date: Date): string {
  const channel = r.pick(['finance', 'tech', 'news', 'games', 'ent'])
  return `https://n.sinaimg.cn/${channel}/transform/${ymd(date)}/w640h360/${r.hex(16)}.jpg`
}

export function cdnImage(r: Random, date: Date): string {
  const day = ymd(date)
  return `https://img.example.com/${day.slice(0, 4)}/${day.slice(4)}/${r.hex(12)}.${r.pick(['jpg', 'png', 'webp'])}`
}

export function placeholderImage(r: Random): string {
  return `https://picsum.photos/400/300?random=${r.int(1, 999)}`
}

/** The first image of a post: a Sina host for finance, another CDN elsewhere. */
export function contentImage(r: Random, date: Date, top: string): string {
  return top === '金融' || r.chance(0.2) ? sinaImage(r, date) : cdnImage(r, date)
}
