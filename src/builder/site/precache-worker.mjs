// Writes the service worker's precache list in a thread of its own (see precache.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { injectManifest } from 'workbox-build'

const { hashedNames, ...options } = workerData
const { count, warnings } = await injectManifest({
  ...options,
  dontCacheBustURLsMatching: new RegExp(hashedNames),
})
parentPort.postMessage({ count, warnings })
