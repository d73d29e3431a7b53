import type { QueryClient } from '@tanstack/react-query'
import { useQueryClient } from '@tanstack/react-query'
import { startTransition, useEffect, useState } from 'react'
import type { Entry } from '../bundle/format'
import { useEntry } from '../lib/api/get-entry'

/** Loads a part's code and data, and resolves with the part, ready to render without suspending. */
export type PartLoader<C> = (qc: QueryClient, entry: Entry) => Promise<C>

// Loaded once per page: a column that comes back (a resize) renders at once.
const loaded = new Map<PartLoader<unknown>, unknown>()

/**
 * A lazy part whose code and data are loaded before it mounts, instead of suspending in it: React 19
 * reveals a Suspense boundary's content no sooner than 300 ms after its fallback showed, which the
 * every-branch-open tree paid on top of its 30 ms render. Undefined until loaded, or until
 * `enabled`; a failed load gives `fallback`, which suspends and throws into its boundary instead.
 */
export function usePreloaded<C>(
  load: PartLoader<C>,
  enabled: boolean,
  fallback: C,
  /** Revealed in a transition: a part that loads beside another gives way to it, in slices. */
  yields = false,
): C | undefined {
  const qc = useQueryClient()
  const entry = useEntry()
  const [part, setPart] = useState(() => loaded.get(load) as C | undefined)
  useEffect(() => {
    if (!enabled || part !== undefined) return
    let live = true
    load(qc, entry).then(
      (value) => {
        loaded.set(load, value)
        if (!live) return
        if (yields) startTransition(() => setPart(() => value))
        else setPart(() => value)
      },
      () => live && setPart(() => fallback),
    )
    return () => {
      live = false
    }
  }, [enabled, part, load, qc, entry, fallback, yields])
  return part
}
