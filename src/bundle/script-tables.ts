/**
 * The display setting's conversion tables (opencc-js's phrase dictionaries, about 450 KB and 50 KB
 * gzipped, chunks named after their modules): kept out of the service worker's precache, which
 * every visitor installs, and cached by the worker once a reader who chose a conversion fetched them.
 */
export const SCRIPT_TABLE_CHUNKS = ['cn2t', 't2cn'] as const

/** A table chunk's URL, under any base. */
export const SCRIPT_TABLE_URL = new RegExp(
  `/_app/(?:${SCRIPT_TABLE_CHUNKS.join('|')})-[\\w-]+\\.js$`,
)
