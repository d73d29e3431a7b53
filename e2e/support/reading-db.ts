import type { Page } from '@playwright/test'

/** How many records a store of the reading database holds: a mark shown is kept a moment later. */
export const stored = (page: Page, store: 'read' | 'saved' | 'history') =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('broadsheet-reading')
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count()
          count.onsuccess = () => {
            resolve(count.result)
            open.result.close()
          }
        }
      }),
    store,
  )
