import { useSyncExternalStore } from 'react'

/**
 * The branches the reader opened or closed, by category key, for the tab's life: the tree keeps
 * them when the side column comes back (a resize) and across a reload. Each node subscribes to
 * its own key, so a toggle renders that node alone, not every open row of a 1,100-node tree.
 */
const KEY = 'broadsheet.tree'
type Toggles = Readonly<Record<string, boolean>>

function read(): Toggles {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}')
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).filter(
        (pair): pair is [string, boolean] => typeof pair[1] === 'boolean',
      ),
    )
  } catch {
    // No storage (the snapshot renderer, a locked-down browser) or a value that is not ours.
    return {}
  }
}

let toggles: Toggles | undefined
const listeners = new Set<() => void>()
const NONE: Toggles = {}

/** The branch toggled last: its button takes the focus back when the tree is drawn anew. */
export let lastToggled: string | undefined

export function setToggle(key: string, open: boolean) {
  lastToggled = key
  toggles = { ...(toggles ?? read()), [key]: open }
  try {
    sessionStorage.setItem(KEY, JSON.stringify(toggles))
  } catch {
    // Full or unavailable: the toggle still holds for this page.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Every toggle: what the rows on show are laid out from. */
export function useToggles(): Toggles {
  return useSyncExternalStore(
    subscribe,
    () => (toggles ??= read()),
    () => NONE,
  )
}

/** The reader's toggle of one branch: undefined until they touch it. */
export function useToggle(key: string): boolean | undefined {
  return useSyncExternalStore(
    subscribe,
    () => (toggles ??= read())[key],
    () => undefined,
  )
}
