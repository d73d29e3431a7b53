/**
 * Converts the text of a DOM tree in place and can put it back: what the reader sees changes,
 * while the app's own data stays as written. Code, and anything a reader types into, is left alone.
 */
const SKIP = 'code, pre, kbd, samp, script, style, textarea, [contenteditable]'

export interface TreeConverter {
  /** Converts every text node under `root` (the root included). */
  convert(root: Node): void
  /** Puts back every text node this converter changed and that nothing changed since. */
  restore(): void
}

export function treeConverter(convert: (text: string) => string): TreeConverter {
  // What each text node held before, and what it was given: a node changed since is left as is.
  const changed = new Map<Text, { before: string; after: string }>()

  function convertText(node: Text) {
    const parent = node.parentElement
    if (!parent || parent.closest(SKIP)) return
    const text = node.data
    const known = changed.get(node)
    if (known && known.after === text) return
    const after = convert(text)
    if (after === text) return
    changed.set(node, { before: text, after })
    node.data = after
  }

  return {
    convert(root) {
      if (root.nodeType === Node.TEXT_NODE) return convertText(root as Text)
      if (!(root instanceof Element) && root.nodeType !== Node.DOCUMENT_NODE) return
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) convertText(node as Text)
    },
    restore() {
      for (const [node, { before, after }] of changed) if (node.data === after) node.data = before
      changed.clear()
    },
  }
}
