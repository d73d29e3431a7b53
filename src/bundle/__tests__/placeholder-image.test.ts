import { describe, expect, it } from 'vitest'
import { isPlaceholderImage } from '../placeholder-image'

describe('isPlaceholderImage', () => {
  // The union of the rules that were written out in three places before.
  it.each([
    // Random fillers the archive used for items without a picture, however the URL is written.
    'https://picsum.photos/400/300?random=3',
    'http://picsum.photos/640/360',
    'HTTPS://PICSUM.PHOTOS/400/300',
    '//picsum.photos/400/300',
    ' https://picsum.photos/400/300 ',
    'https://fastly.picsum.photos/id/1/400/300.jpg',
    'https://picsum.photos:443/400/300',
    // Lazy loaders' blanks, before the real URL is swapped in.
    'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    'DATA:image/png;base64,xyz',
    'about:blank',
    'https://img.example/static/blank.gif',
    '/images/placeholder.png',
    '/assets/loading-spinner.svg',
    'https://cdn.example/lazy_1x1.png?v=2',
    '/grey.gif',
    '/gray.png',
    '/i/spacer.gif',
    '/transparent.png',
  ])('%s is a placeholder', (url) => {
    expect(isPlaceholderImage(url)).toBe(true)
  })

  it.each([
    'https://n.sinaimg.cn/finance/w640h360/county.jpg',
    '//n.sinaimg.cn/finance/a.jpg',
    '/sample/figure-dashboard.jpg',
    // Only the host counts: the name elsewhere in a URL is no filler.
    'https://picsum.photos.example.com/400/300',
    'https://img.example/picsum.photos/400/300',
    'https://notpicsum.photos/400/300',
    'ftp://picsum.photos/400/300',
    // A lazy-loader word in a photo's name or a folder, or a real picture format, is real.
    'https://img.example/loading-dock.jpg',
    'https://img.example/blank/photo.png',
    'https://img.example/blank.gif/real.jpg',
    '',
  ])('%s is a real picture (or no URL)', (url) => {
    expect(isPlaceholderImage(url)).toBe(false)
  })
})
