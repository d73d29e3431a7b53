import type { NavigateFunction } from 'react-router'
import { paths } from '../../lib/core/paths'
import { isTyping } from '../../lib/keyboard/is-typing'
import { shortcutsEnabled } from '../../lib/keyboard/shortcuts-setting'
import type { ShortcutAction } from './shortcut-keys'
import { shortcutFor } from './shortcut-keys'

/** The entries of the list on screen, whichever page lists them. */
const ENTRY_LINKS = 'main .entry-title a, main .search-result h2 a'
/** A `g` waits this long for its second key. */
const SEQUENCE_MS = 1500

const click = (selector: string) => {
  const target = document.querySelector<HTMLElement>(selector)
  target?.click()
  return target !== null
}

function moveFocus(step: 1 | -1): boolean {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(ENTRY_LINKS)]
  if (links.length === 0) return false
  const at = links.indexOf(document.activeElement as HTMLAnchorElement)
  const next =
    at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step))
  links[next]!.focus()
  links[next]!.scrollIntoView({ block: 'nearest' })
  return true
}

const focusedEntry = () =>
  document.activeElement instanceof HTMLAnchorElement && document.activeElement.matches(ENTRY_LINKS)
    ? document.activeElement
    : null

/** The focused entry's toggle, or else the article's. */
function clickToggle(selector: string): boolean {
  const toggle =
    focusedEntry()?.closest('.entry, .search-result')?.querySelector<HTMLElement>(selector) ??
    document.querySelector<HTMLElement>(`main .article-actions ${selector}`)
  toggle?.click()
  return Boolean(toggle)
}

/**
 * The reader's keyboard shortcuts (SHORTCUTS): never while typing in a field or composing with an
 * input method, and not at all when switched off in Settings. `onHelp` opens the list of them.
 * Loaded with the first key that could be one, so the home page does not carry it.
 */
export function createShortcutHandler(navigate: NavigateFunction, onHelp: () => void) {
  let previous: string | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = (action: ShortcutAction): boolean => {
    switch (action) {
      case 'next-entry':
        return moveFocus(1)
      case 'previous-entry':
        return moveFocus(-1)
      case 'open': {
        const link = focusedEntry()
        link?.click()
        return link !== null
      }
      case 'toggle-read':
        return clickToggle('.read-toggle')
      case 'toggle-saved':
        return clickToggle('.save-toggle')
      case 'next-article':
        return click('main a.article-neighbour--next')
      case 'previous-article':
        return click('main a.article-neighbour--prev')
      case 'back-to-list':
        return click('main a.article-back')
      case 'go-home':
        void navigate(paths.home())
        return true
      case 'go-archive':
        void navigate(paths.archive())
        return true
      case 'go-saved':
        void navigate(paths.saved())
        return true
      case 'help':
        onHelp()
        return true
    }
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTyping(e.target) || !shortcutsEnabled()) return
    // An open dialog (this help, the settings) keeps its keys.
    if (document.querySelector('dialog[open]')) return
    const action = shortcutFor(e, previous)
    clearTimeout(timer)
    previous = undefined
    if (action === 'pending') {
      previous = e.key
      timer = setTimeout(() => (previous = undefined), SEQUENCE_MS)
      e.preventDefault()
    } else if (action && run(action)) e.preventDefault()
  }
  return onKey
}
