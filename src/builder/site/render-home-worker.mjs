// Renders the home snapshot in a thread of its own (see home-snapshot.ts): the renderer, React and
// the app's components inside, holds about 150 MB that are given back when the thread ends, before
// the site build's peak. Plain JavaScript: the renderer is built, and no loader is needed.
import { parentPort, workerData } from 'node:worker_threads'

const { rendererUrl, entry, firstPage } = workerData
const renderer = await import(rendererUrl)
parentPort.postMessage(await renderer.renderHomeSnapshot(entry, firstPage))
