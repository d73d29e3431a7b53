// Builds the app kit in a process of its own (see ensure-app-kit.ts): registers tsx first, as
// the workers do, since a forked process does not inherit its loader on Node 20.
import { register } from 'tsx/esm/api'

register()
const { buildAppKit } = await import('./build-app-kit.ts')
const [root, stamp] = process.argv.slice(2)
await buildAppKit(root, stamp)
