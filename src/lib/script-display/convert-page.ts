import type { ScriptChoice } from './script-setting'
import type { TreeConverter } from './convert-tree'
import { WORDED_ATTRIBUTES, treeConverter } from './convert-tree'

// Loaded when a conversion is chosen: opencc-js's phrase tables (Simplified to Traditional is the
// large one) come with it, and only the direction in use.
type Convert = (text: string) => string
const loaders: Partial<Record<ScriptChoice, () => Promise<Convert>>> = {
  hant: () => import('opencc-js/cn2t').then((m) => m.Converter({ from: 'cn', to: 't' })),
  hans: () => import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' })),
}
const loaded = new Map<ScriptChoice, Promise<Convert>>()
function converter(choice: ScriptChoice): Promise<Convert> | undefined {
  const load = loaders[choice]
  if (!load) return undefined
  let pending = loaded.get(choice)
  if (!pending) loaded.set(choice, (pending = load()))
  return pending
}

let current: { choice: ScriptChoice; tree: TreeConverter; observer: MutationObserver } | undefined

const LANG: Record<ScriptChoice, string | undefined> = {
  written: undefined,
  hans: 'zh-Hans',
  hant: 'zh-Hant',
}

/** Chinese `lang` attributes follow the script shown, so fonts and screen readers do too. */
function retag(root: ParentNode, lang: string | undefined) {
  const elements = root instanceof Element ? [root, ...root.querySelectorAll('[lang]')] : []
  for (const element of elements) {
    const value = element.getAttribute('lang') ?? ''
    const original = element.getAttribute('data-lang') ?? value
    if (!/^zh\b/i.test(original)) continue
    if (lang === undefined) {
      element.setAttribute('lang', original)
      element.removeAttribute('data-lang')
    } else if (value !== lang) {
      element.setAttribute('data-lang', original)
      element.setAttribute('lang', lang)
    }
  }
}

/** Shows the page in the chosen script, and keeps whatever the app draws next in it. */
export async function showScript(choice: ScriptChoice): Promise<void> {
  if (current) {
    current.observer.disconnect()
    current.tree.restore()
    current = undefined
  }
  const root = document.documentElement
  retag(root, LANG[choice])
  const pending = converter(choice)
  if (!pending) return
  const convert = await pending
  // A later choice may have come while the tables loaded.
  if (root.dataset.script !== choice) return
  const tree = treeConverter(convert)
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') tree.convert(record.target)
      else if (record.attributeName === 'lang') retag(record.target as Element, LANG[choice])
      else if (record.type === 'attributes')
        tree.convertAttribute(record.target as Element, record.attributeName ?? '')
      else
        record.addedNodes.forEach((node) => {
          tree.convert(node)
          if (node instanceof Element) retag(node, LANG[choice])
        })
    }
  })
  tree.convert(root)
  // The bench times the tables' load up to here (bench/lib/script-display.ts).
  performance.mark('broadsheet:script-shown')
  // Again: the app may have set the page's language while the tables loaded.
  retag(root, LANG[choice])
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['lang', ...WORDED_ATTRIBUTES],
  })
  current = { choice, tree, observer }
}
