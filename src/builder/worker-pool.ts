import { Worker } from 'node:worker_threads'
import type { PostTask, ProcessedPost } from './process-post'
import { processPost } from './process-post'
import type { WorkerRequest } from './worker'
import { writeImmutable } from './write-files'

export interface PoolOptions {
  workers: number
  outDir: string
  /** A post that takes longer is rejected and its worker replaced, so nothing can hang the build. */
  timeoutMs: number
}

type Job = { task: PostTask; resolve: (result: ProcessedPost) => void }

/** Runs posts on worker threads (both cores); with 0 workers, runs them in this thread. */
export function createPool(options: PoolOptions) {
  if (options.workers <= 0) return createInlinePool(options)
  const queue: Job[] = []
  let closing = false
  const slots = Array.from({ length: options.workers }, () => createSlot())

  function createSlot() {
    const slot: { worker: Worker; job?: Job; timer?: NodeJS.Timeout; seq: number } = {
      worker: spawn(),
      seq: 0,
    }
    function spawn(): Worker {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        // A YAML bomb or a giant body fails its own post, not the whole build.
        resourceLimits: { maxOldGenerationSizeMb: 384 },
      })
      worker.on('message', ({ seq, result }: { seq: number; result: ProcessedPost }) => {
        if (seq === slot.seq) finish(result)
      })
      worker.on('error', (error) => fail(`processing failed: ${error.message}`))
      worker.on('exit', () => fail('processing stopped unexpectedly'))
      worker.unref()
      return worker
    }
    function finish(result: ProcessedPost) {
      const job = slot.job
      clearTimeout(slot.timer)
      slot.job = undefined
      job?.resolve(result)
      next()
    }
    function fail(reason: string) {
      const job = slot.job
      if (!job || closing) return
      slot.worker.removeAllListeners()
      slot.worker.terminate().catch(() => {})
      slot.worker = spawn()
      finish({ entry: { path: job.task.relPath, id: job.task.id, status: 'rejected', reason } })
    }
    function next() {
      const job = queue.shift()
      if (!job) return
      slot.job = job
      slot.seq += 1
      slot.timer = setTimeout(
        () => fail(`processing took longer than ${options.timeoutMs / 1000} s`),
        options.timeoutMs,
      )
      const request: WorkerRequest = { seq: slot.seq, task: job.task, outDir: options.outDir }
      slot.worker.postMessage(request)
    }
    return { next, busy: () => slot.job !== undefined, worker: () => slot.worker }
  }

  return {
    run(task: PostTask): Promise<ProcessedPost> {
      return new Promise((resolve) => {
        queue.push({ task, resolve })
        slots.find((s) => !s.busy())?.next()
      })
    },
    async close() {
      closing = true
      await Promise.all(slots.map((s) => s.worker().terminate()))
    },
  }
}

function createInlinePool(options: PoolOptions) {
  return {
    async run(task: PostTask): Promise<ProcessedPost> {
      const result = await processPost(task)
      if (result.file) {
        await writeImmutable(options.outDir, result.file.name, result.file.json)
        delete result.file
      }
      return result
    },
    async close() {},
  }
}
