// Worker threads don't inherit tsx's loader on Node 20, so each worker registers it before loading the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
