/**
 * Converts the text of a DOM tree in place and can put it back: what the reader sees changes,
 * while the app's own data stays as written. Code, and anything a reader types into, is left alone.
 */
const SKIP = 'code, pre, kbd, samp, script, style, textarea, [contenteditable]'
/** Attributes that are read or shown as words: screen readers say them, tooltips show them. */
export const WORDED_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder']
const WORDED = WORDED_ATTRIBUTES.map((name) => `[${name}]`).join(',')

export interface TreeConverter {
  /** Converts every text node and worded attribute under `root` (the root included). */
  convert(root: Node): void
  /** Converts one attribute the app has just written. */
  convertAttribute(element: Element, name: string): void
  /** Puts back every text and attribute this converter changed and that nothing changed since. */
  restore(): void
}

type Change = { before: string; after: string }

export function treeConverter(convert: (text: string) => string): TreeConverter {
  // What each text node held before, and what it was given: a node changed since is left as is.
  const texts = new Map<Text, Change>()
  const attributes = new Map<Element, Map<string, Change>>()

  // One rule for text and attributes: convert unless it is ours already, remember what it was.
  function next(known: Change | undefined, value: string): Change | undefined {
    if (known && known.after === value) return undefined
    const after = convert(value)
    return after === value ? undefined : { before: value, after }
  }

  function convertText(node: Text) {
    const parent = node.parentElement
    if (!parent || parent.closest(SKIP)) return
    const change = next(texts.get(node), node.data)
    if (!change) return
    texts.set(node, change)
    node.data = change.after
  }

  function convertAttribute(element: Element, name: string) {
    const value = element.getAttribute(name)
    if (value === null || !WORDED_ATTRIBUTES.includes(name)) return
    const changes = attributes.get(element) ?? new Map<string, Change>()
    const change = next(changes.get(name), value)
    if (!change) return
    changes.set(name, change)
    attributes.set(element, changes)
    element.setAttribute(name, change.after)
  }

  function convertAttributes(root: Element) {
    const elements = root.matches(WORDED)
      ? [root, ...root.querySelectorAll(WORDED)]
      : root.querySelectorAll(WORDED)
    for (const element of elements)
      for (const name of WORDED_ATTRIBUTES) convertAttribute(element, name)
  }

  return {
    convert(root) {
      if (root.nodeType === Node.TEXT_NODE) return convertText(root as Text)
      const element = root instanceof Document ? root.documentElement : root
      if (!(element instanceof Element)) return
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) convertText(node as Text)
      convertAttributes(element)
    },
    convertAttribute,
    restore() {
      for (const [node, { before, after }] of texts) if (node.data === after) node.data = before
      for (const [element, changes] of attributes)
        for (const [name, { before, after }] of changes)
          if (element.getAttribute(name) === after) element.setAttribute(name, before)
      texts.clear()
      attributes.clear()
    },
  }
}
