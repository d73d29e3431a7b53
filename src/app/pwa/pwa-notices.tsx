import { useSyncExternalStore } from 'react'
import { UpdatePrompt } from '../../components/offline/components/update-prompt'
import { swStore } from './sw-state'

/** The "New version available – Reload" notice, when the service worker has one waiting. */
export function PwaNotices() {
  const { update } = useSyncExternalStore(swStore.subscribe, swStore.get)
  return update ? <UpdatePrompt onReload={update.reload} /> : null
}
