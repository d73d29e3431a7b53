import type { Messages } from '../../../../lib/core/translate'

/** The one string the article route needs before the lightbox loads: the pictures' names. */
export const triggerMessages: Messages<'enlarge' | 'enlargeNamed'> = {
  zh: { enlarge: '放大图片', enlargeNamed: '放大图片：{caption}' },
  en: { enlarge: 'Enlarge image', enlargeNamed: 'Enlarge image: {caption}' },
}
