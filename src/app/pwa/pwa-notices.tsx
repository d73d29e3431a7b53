import { lazy, Suspense, useSyncExternalStore } from 'react'
import { swStore } from './sw-state'

// Loaded only when a new version is waiting, which no first visit has.
const UpdatePrompt = lazy(() =>
  import('../../components/offline/components/update-prompt').then((m) => ({
    default: m.UpdatePrompt,
  })),
)

/** The "New version available – Reload" notice, when the service worker has one waiting. */
export function PwaNotices() {
  const { update } = useSyncExternalStore(swStore.subscribe, swStore.get, swStore.get)
  return update ? (
    <Suspense fallback={null}>
      <UpdatePrompt onReload={update.reload} />
    </Suspense>
  ) : null
}
