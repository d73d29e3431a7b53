import type { ViewerKey } from './viewer-messages'

const SVG_NS = 'http://www.w3.org/2000/svg'
const ICONS: Record<'close' | 'zoomIn' | 'zoomOut' | 'previous' | 'next', string> = {
  close: 'M6 6l12 12M18 6 6 18',
  zoomIn: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zM20 20l-4.8-4.8M7.5 10.5h6M10.5 7.5v6',
  zoomOut: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zM20 20l-4.8-4.8M7.5 10.5h6',
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
}
type Control = keyof typeof ICONS

export interface LightboxDom {
  dialog: HTMLDialogElement
  stage: HTMLElement
  img: HTMLImageElement
  counter: HTMLElement
  caption: HTMLElement
  buttons: Record<Control, HTMLButtonElement>
}

// Built node by node: under the CSP's Trusted Types a string given to innerHTML would throw.
function iconButton(doc: Document, name: Control, label: string): HTMLButtonElement {
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = `lightbox__button lightbox__${name}`
  button.setAttribute('aria-label', label)
  const svg = doc.createElementNS(SVG_NS, 'svg')
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', 'aria-hidden': 'true' }))
    svg.setAttribute(k, v)
  const path = doc.createElementNS(SVG_NS, 'path')
  path.setAttribute('d', ICONS[name])
  svg.append(path)
  button.append(svg)
  return button
}

/**
 * The viewer: a bar with the zoom and close buttons, the stage with the picture, and under it the
 * count and the caption (read out as they change) between the previous and next buttons, which
 * lightbox.css moves to the stage's sides on a wide screen.
 */
export function buildLightbox(doc: Document, t: (key: ViewerKey) => string): LightboxDom {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
    const el = doc.createElement(tag)
    el.className = className
    return el
  }
  const dialog = make('dialog', 'lightbox')
  dialog.setAttribute('aria-label', t('viewer'))
  const buttons = Object.fromEntries(
    (Object.keys(ICONS) as Control[]).map((name) => [name, iconButton(doc, name, t(name))]),
  ) as Record<Control, HTMLButtonElement>
  const bar = make('div', 'lightbox__bar')
  bar.append(buttons.zoomOut, buttons.zoomIn, buttons.close)
  const stage = make('div', 'lightbox__stage')
  const img = make('img', 'lightbox__img')
  img.draggable = false
  img.referrerPolicy = 'no-referrer'
  stage.append(img)
  const text = make('div', 'lightbox__text')
  text.setAttribute('aria-live', 'polite')
  const counter = make('p', 'lightbox__count')
  const caption = make('p', 'lightbox__caption')
  text.append(counter, caption)
  const info = make('div', 'lightbox__info')
  info.append(buttons.previous, text, buttons.next)
  dialog.append(bar, stage, info)
  return { dialog, stage, img, counter, caption, buttons }
}
