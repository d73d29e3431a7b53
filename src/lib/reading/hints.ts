// Small flags in localStorage, read at first paint: has this device ever marked, saved or left an
// article part-way? Until it has, nothing loads the reading store to look, and the home page keeps
// no room for a "continue reading" strip.
export const READ_HINT_KEY = 'broadsheet.read'
export const SAVED_HINT_KEY = 'broadsheet.saved'
export const CONTINUE_HINT_KEY = 'broadsheet.continue'

/** Whether the flag is set; `unknown` where storage cannot be read (and in the build's snapshot). */
export const hinted = (key: string, unknown = true) => {
  try {
    return localStorage.getItem(key) !== null
  } catch {
    return unknown
  }
}

export const setHint = (key: string, on = true) => {
  try {
    if (on) localStorage.setItem(key, '1')
    else localStorage.removeItem(key)
  } catch {
    // No storage: lists then look marks up only once the store has loaded.
  }
}
