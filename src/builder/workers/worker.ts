import { parentPort, workerData } from 'node:worker_threads'
import type { PostTask } from './process-post'
import { processPost } from './process-post'
import { writeImmutable } from '../write/write-files'

export interface WorkerRequest {
  seq: number
  task: PostTask
  /** Bundle folder the article file is written to. */
  outDir: string
}

const known = new Set<string>((workerData as { known?: string[] } | undefined)?.known ?? [])

// Each worker parses, cleans and writes its own articles, so bodies never cross to the main thread.
// The post is read and processed synchronously; its file is created in the background, since
// creating a file is slow on many disks and the next post can be processed meanwhile.
parentPort?.on('message', ({ seq, task, outDir }: WorkerRequest) => {
  const result = processPost(task)
  const file = result.file
  delete result.file
  const written = file
    ? writeImmutable(outDir, file.name, file.json, known)
    : Promise.resolve(false)
  // A failed write (a full disk) rejects unhandled and ends this worker: the pool reports it.
  void written.then(() => parentPort?.postMessage({ seq, result }))
})
