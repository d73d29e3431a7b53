import { parentPort, workerData } from 'node:worker_threads'
import type { PostTask } from './process-post'
import { processPost } from './process-post'
import { writeImmutable } from './write-files'

export interface WorkerRequest {
  seq: number
  task: PostTask
  /** Bundle folder the article file is written to. */
  outDir: string
}

const known = new Set<string>((workerData as { known?: string[] } | undefined)?.known ?? [])

// Each worker parses, cleans and writes its own articles, so bodies never cross to the main thread.
parentPort?.on('message', async ({ seq, task, outDir }: WorkerRequest) => {
  const result = await processPost(task)
  if (result.file) {
    await writeImmutable(outDir, result.file.name, result.file.json, known)
    delete result.file
  }
  parentPort?.postMessage({ seq, result })
})
