// Worker threads don't inherit tsx's loader on Node 20, so each registers it before loading the
// TypeScript module it runs: `workerData.module`, or the posts' worker.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData?.module ?? './worker.ts')
