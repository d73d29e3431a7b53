import type { Locale } from '../../../../lib/core/translate'
import { translate } from '../../../../lib/core/translate'
import { captionOf, collectGallery, triggerOf } from './gallery'
import type { View } from './gestures'
import { FITTED, ZOOM_STEP, clampView, step, zoomAbout } from './gestures'
import { buildLightbox } from './lightbox-dom'
import { followPointers } from './follow-pointers'
import { viewerMessages } from './viewer-messages'
import './lightbox.css'

/** Tab goes round the viewer's buttons: a modal dialog alone lets focus out to the browser's UI. */
function wrapFocus(dialog: HTMLDialogElement, e: KeyboardEvent) {
  const buttons = [...dialog.querySelectorAll('button')].filter((b) =>
    b.checkVisibility({ visibilityProperty: true }),
  )
  const [first, last] = [buttons[0], buttons.at(-1)]
  const edge = e.shiftKey ? first : last
  if (!first || !last || document.activeElement !== edge) return
  e.preventDefault()
  ;(e.shiftKey ? last : first).focus()
}

/**
 * Opens the article's pictures in a modal <dialog>, at the one `trigger` leads to. The dialog
 * traps focus and closes on Escape by itself; on close, focus goes to the picture last shown.
 */
export function openLightbox(root: HTMLElement, trigger: HTMLElement, locale: Locale): void {
  // A second click while the first one's import was on its way.
  if (document.querySelector('dialog.lightbox')) return
  const images = collectGallery(root)
  const first = trigger instanceof HTMLImageElement ? trigger : trigger.querySelector('img')
  if (!first || images.length === 0) return
  const ui = buildLightbox(document, (key) => translate(viewerMessages, locale, key))
  const { dialog, stage, img, counter, caption, buttons } = ui
  caption.lang = root.lang
  dialog.classList.toggle('is-single', images.length === 1)
  let index = Math.max(0, images.indexOf(first))
  let view = FITTED

  const bounds = () => ({
    width: img.offsetWidth,
    height: img.offsetHeight,
    stageWidth: stage.clientWidth,
    stageHeight: stage.clientHeight,
  })
  // Through CSSOM, which the CSP allows (it refuses style attributes written as strings).
  const draw = (next: View, drag = { x: 0, y: 0 }) => {
    view = next
    img.style.transform = `translate(${view.x + drag.x}px, ${view.y + drag.y}px) scale(${view.scale})`
    dialog.classList.toggle('is-zoomed', view.scale > 1)
  }
  const show = (at: number) => {
    index = step(at, 0, images.length)
    const source = images[index]!
    img.src = source.currentSrc || source.src
    img.alt = captionOf(source)
    for (const name of ['width', 'height'] as const) {
      const value = source.getAttribute(name)
      if (value) img.setAttribute(name, value)
      else img.removeAttribute(name)
    }
    counter.textContent = `${index + 1} / ${images.length}`
    caption.textContent = captionOf(source)
    draw(FITTED)
  }
  const zoom = (factor: number, at = { x: 0, y: 0 }) => draw(zoomAbout(view, factor, at, bounds()))

  const stop = followPointers(stage, {
    view: () => view,
    bounds,
    draw,
    zoom,
    swipe: (to) => (to === 'close' ? dialog.close() : show(index + (to === 'next' ? 1 : -1))),
    backdrop: () => dialog.close(),
  })
  buttons.close.addEventListener('click', () => dialog.close())
  buttons.previous.addEventListener('click', () => show(index - 1))
  buttons.next.addEventListener('click', () => show(index + 1))
  buttons.zoomIn.addEventListener('click', () => zoom(ZOOM_STEP))
  buttons.zoomOut.addEventListener('click', () => zoom(1 / ZOOM_STEP))
  const keys: Record<string, () => void> = {
    ArrowRight: () => show(index + 1),
    ArrowLeft: () => show(index - 1),
    '+': () => zoom(ZOOM_STEP),
    '=': () => zoom(ZOOM_STEP),
    '-': () => zoom(1 / ZOOM_STEP),
    '0': () => draw(FITTED),
  }
  dialog.addEventListener('keydown', (e) => {
    // The app's own shortcuts (next article, help…) wait until the viewer is closed.
    e.stopPropagation()
    if (e.key === 'Tab') return wrapFocus(dialog, e)
    const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : keys[e.key]
    if (!action) return
    e.preventDefault()
    action()
  })
  // Nothing behind the viewer scrolls while it is open; the wheel zooms the picture.
  dialog.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault()
      if (!stage.contains(e.target as Node)) return
      const box = stage.getBoundingClientRect()
      const at = {
        x: e.clientX - box.left - box.width / 2,
        y: e.clientY - box.top - box.height / 2,
      }
      zoom(Math.exp(-e.deltaY * 0.002), at)
    },
    { passive: false },
  )
  window.addEventListener('resize', onResize)
  function onResize() {
    draw(clampView(view, bounds()))
  }
  dialog.addEventListener('close', () => {
    stop()
    window.removeEventListener('resize', onResize)
    dialog.remove()
    const shown = images[index]
    const back = (shown?.isConnected && triggerOf(shown)) || trigger
    back.focus()
  })

  show(index)
  document.body.append(dialog)
  dialog.showModal()
  buttons.close.focus()
}
