/** The cache saved articles live in: no expiry evicts them, and the service worker looks here first. */
export const SAVED_CACHE = 'saved-articles'
