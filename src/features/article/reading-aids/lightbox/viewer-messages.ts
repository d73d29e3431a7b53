import type { Messages } from '../../../../lib/core/translate'

export type ViewerKey = 'viewer' | 'close' | 'zoomIn' | 'zoomOut' | 'previous' | 'next'

/** The lightbox's own strings: they load with it, not with the article. */
export const viewerMessages: Messages<ViewerKey> = {
  zh: {
    viewer: '图片浏览',
    close: '关闭',
    zoomIn: '放大',
    zoomOut: '缩小',
    previous: '上一张',
    next: '下一张',
  },
  en: {
    viewer: 'Image viewer',
    close: 'Close',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    previous: 'Previous image',
    next: 'Next image',
  },
}
