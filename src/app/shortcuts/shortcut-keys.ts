/** The keys, in the order the help lists them; `g h` is a sequence: g, then h. As in Miniflux and FreshRSS. */
export const SHORTCUTS = [
  { keys: 'j', action: 'next-entry' },
  { keys: 'k', action: 'previous-entry' },
  { keys: 'o', action: 'open' },
  { keys: 'n', action: 'next-article' },
  { keys: 'p', action: 'previous-article' },
  { keys: 's', action: 'toggle-saved' },
  { keys: 'm', action: 'toggle-read' },
  { keys: 'u', action: 'back-to-list' },
  { keys: 'g h', action: 'go-home' },
  { keys: 'g a', action: 'go-archive' },
  { keys: 'g s', action: 'go-saved' },
  { keys: '?', action: 'help' },
] as const satisfies readonly { keys: string; action: string }[]

/** What the keyboard can do: one action per entry of SHORTCUTS. */
export type ShortcutAction = (typeof SHORTCUTS)[number]['action']

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  isComposing: boolean
  /** 229: a key an input method is handling. */
  keyCode: number
}

/**
 * The action a key asks for, given the key before it (`g` waits for its second key); `pending`
 * when it starts a sequence; undefined for anything else, which the page keeps.
 */
export function shortcutFor(
  e: KeyLike,
  previous: string | undefined,
): ShortcutAction | 'pending' | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.keyCode === 229) return undefined
  const keys = previous ? `${previous} ${e.key}` : e.key
  const found = SHORTCUTS.find((s) => s.keys === keys)
  if (found) return found.action
  if (!previous && SHORTCUTS.some((s) => s.keys.startsWith(`${e.key} `))) return 'pending'
  return undefined
}
