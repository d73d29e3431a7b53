import type { QueryClient } from '@tanstack/react-query'
import { queryOptions } from '@tanstack/react-query'
import type { Entry, TagListRef } from '../../bundle/format'
import { bundlePaths, shardOf } from '../../bundle/paths'
import { validateTagIndex, validateTagShard } from '../../bundle/validate'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'

/** Every tag and its count: read by the tag index page only, as it grows with the tags. */
export const tagIndexQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['bundle', 'tags', hash],
    queryFn: ({ signal }) =>
      fetchJson(bundleUrl(bundlePaths.tagIndex(hash)), validateTagIndex, { signal }),
    staleTime: Infinity,
  })

/** One shard of the tag → list map: what a tag page reads, a small file at any size. */
export const tagShardQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['bundle', 'tag-shard', hash],
    queryFn: ({ signal }) =>
      fetchJson(bundleUrl(bundlePaths.tagShard(hash)), validateTagShard, { signal }),
    staleTime: Infinity,
  })

/**
 * The list of the tag found under `key` (its name, or the key `tag_map` gave it), or null when
 * the bundle has no such tag (or no tags at all).
 */
export async function findTagList(
  qc: QueryClient,
  entry: Entry,
  key: string,
): Promise<TagListRef | null> {
  const shards = entry.tagShards ?? []
  const hash = shards[shardOf(key, shards.length)]
  if (!hash) return null
  const { lists } = await qc.ensureQueryData(tagShardQueryOptions(hash))
  // Own keys only: a tag named `constructor` must not find Object's.
  return Object.hasOwn(lists, key) ? (lists[key] ?? null) : null
}
