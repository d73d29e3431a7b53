import { Worker } from 'node:worker_threads'

/**
 * Runs a plain-JavaScript module in a thread of its own and resolves with the one message it
 * posts. For steps that load a large library for a moment (the home page's renderer,
 * workbox-build): its memory goes with the thread, rather than staying under the build's peak.
 */
export async function inThread<T>(module: URL, workerData: unknown, what: string): Promise<T> {
  const worker = new Worker(module, { workerData })
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`${what} stopped (exit code ${code})`)))
    })
  } finally {
    await worker.terminate()
  }
}
