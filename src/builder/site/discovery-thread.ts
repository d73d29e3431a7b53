/**
 * The feeds and sitemaps, written in a thread of their own (see build-site.ts): they read the
 * bundle back from the disk and share nothing with the share pages but the folder, so the two
 * steps use both cores rather than taking turns on one.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Entry } from '../../bundle/format'
import type { DiscoveryOptions, LatestDigest } from './write-discovery'
import { writeFeedsAndSitemaps } from './write-discovery'

export interface DiscoveryJob {
  siteDir: string
  entry: Entry
  latest: LatestDigest
  options: DiscoveryOptions
}

const { siteDir, entry, latest, options } = workerData as DiscoveryJob
parentPort?.postMessage(await writeFeedsAndSitemaps(siteDir, entry, latest, options))
