import { startSearch } from './start-search'

/** Starts (or joins) the search of `/search?…`; settles when its first page is read or failed. */
export async function runSearch(search: string): Promise<void> {
  await (
    await startSearch(search)
  ).first
}
