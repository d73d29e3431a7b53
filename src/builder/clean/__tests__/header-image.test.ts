import { describe, expect, it } from 'vitest'
import { chooseHeaderImage, isSameImage } from '../header-image'

const none = { images: [], removedImages: [] }
const QR = 'https://n.sinaimg.cn/finance/qr/20200514/0001.png'

describe('chooseHeaderImage', () => {
  it('takes headimg first, with the size its URL carries', () => {
    const image = chooseHeaderImage(
      {
        headimg: 'https://n.sinaimg.cn/news/w478h254/a.gif',
        thumbnail: 'https://img.example/t.jpg',
      },
      none,
    )
    expect(image).toEqual({
      src: 'https://n.sinaimg.cn/news/w478h254/a.gif',
      width: 478,
      height: 254,
    })
  })

  it('falls back to thumbnail, then to the first body image with its caption', () => {
    expect(chooseHeaderImage({ headimg: '', thumbnail: '//img.example/t.jpg' }, none)).toEqual({
      src: 'https://img.example/t.jpg',
    })
    const body = {
      images: [{ src: 'https://img.example/b.jpg', width: 800, height: 600, caption: '湖边' }],
      removedImages: [],
    }
    expect(chooseHeaderImage({}, body)).toEqual(body.images[0])
  })

  it('treats placeholders, empty and non-http values as none', () => {
    const fields = [
      {
        headimg: 'https://picsum.photos/400/300?random=7',
        thumbnail: 'https://picsum.photos/400/300?random=7',
      },
      { headimg: '   ', thumbnail: 42 },
      { headimg: 'javascript:alert(1)', thumbnail: 'data:image/png;base64,AAAA' },
      { headimg: 'ftp://img.example/a.jpg', thumbnail: 'not a url' },
      { headimg: ['https://img.example/a.jpg'], thumbnail: null },
    ]
    for (const f of fields) expect(chooseHeaderImage(f, none)).toBeUndefined()
  })

  it('rejects an image the cleaner removed as boilerplate, whatever the protocol', () => {
    const cleaned = { images: [{ src: 'https://img.example/body.jpg' }], removedImages: [QR] }
    const image = chooseHeaderImage(
      { headimg: QR.replace('https:', 'http:'), thumbnail: QR },
      cleaned,
    )
    expect(image).toEqual({ src: 'https://img.example/body.jpg' })
  })

  it('keeps the header image even when the body starts with it', () => {
    const cleaned = {
      images: [{ src: 'https://img.example/a.jpg', width: 10, height: 20 }],
      removedImages: [],
    }
    expect(chooseHeaderImage({ headimg: 'http://img.example/a.jpg' }, cleaned)).toEqual({
      src: 'http://img.example/a.jpg',
      width: 10,
      height: 20,
    })
  })
})

describe('isSameImage', () => {
  it('ignores the protocol only', () => {
    expect(isSameImage('http://a.example/x.png', 'https://a.example/x.png')).toBe(true)
    expect(isSameImage('//a.example/x.png', 'https://a.example/x.png')).toBe(true)
    expect(isSameImage('https://a.example/x.png', 'https://a.example/y.png')).toBe(false)
  })
})

describe('site-root header images', () => {
  it('keeps a Hexo site image such as /images/a.jpg', () => {
    expect(
      chooseHeaderImage({ headimg: '/sample/a.jpg' }, { images: [], removedImages: [] }),
    ).toEqual({ src: '/sample/a.jpg' })
  })
  it('still refuses protocol-relative and parent paths', () => {
    expect(
      chooseHeaderImage({ headimg: '/../x.jpg' }, { images: [], removedImages: [] }),
    ).toBeUndefined()
    expect(
      chooseHeaderImage({ headimg: 'javascript:alert(1)' }, { images: [], removedImages: [] }),
    ).toBeUndefined()
  })
})
