/** Theme, size and locale are also read by public/boot.js before first paint: keep them in step. */
export const STORAGE_KEYS = {
  theme: 'broadsheet.theme',
  fontSize: 'broadsheet.fontSize',
  locale: 'broadsheet.locale',
  shortcuts: 'broadsheet.shortcuts',
} as const

export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    // Storage can be disabled (private modes, policies): settings then last for the visit.
    return null
  }
}

export function writeStored(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // See readStored.
  }
}

export const readStoredLocale = () => readStored(STORAGE_KEYS.locale)
export const writeStoredLocale = (locale: string) => writeStored(STORAGE_KEYS.locale, locale)
