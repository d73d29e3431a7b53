import { Worker } from 'node:worker_threads'
import type { PostTask, ProcessedPost } from './process-post'
import { processPost } from './process-post'
import type { WorkerRequest } from './worker'
import { writeImmutable } from '../write/write-files'

export interface PoolOptions {
  workers: number
  outDir: string
  /** A post that takes longer is rejected and its worker replaced, so nothing can hang the build. */
  timeoutMs: number
  /** Files the last finished build wrote: not written again. */
  known: ReadonlySet<string>
}

type Job = { task: PostTask; resolve: (result: ProcessedPost) => void }

/** Tasks in flight per worker: enough that a worker never waits for the main thread. */
const IN_FLIGHT = 8

export type Pool = ReturnType<typeof createInlinePool>

/** Posts worth queuing at once: every worker busy with some to spare, and no more. */
export const poolCapacity = (workers: number) => (workers > 0 ? workers * IN_FLIGHT * 2 : 8)

/** Runs posts on worker threads (both cores); with 0 workers, runs them in this thread. */
export function createPool(options: PoolOptions): Pool {
  if (options.workers <= 0) return createInlinePool(options)
  const queue: Job[] = []
  let closing = false
  let seq = 0
  const knownArticles = [...options.known].filter((name) => name.startsWith('articles/'))

  function createSlot() {
    const running = new Map<number, { job: Job; timer: NodeJS.Timeout }>()
    let worker = spawn()

    function spawn(): Worker {
      const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: { known: knownArticles },
        // A YAML bomb or a giant body fails its own post, not the whole build.
        resourceLimits: { maxOldGenerationSizeMb: 384 },
      })
      w.on('message', ({ seq: done, result }: { seq: number; result: ProcessedPost }) => {
        const run = running.get(done)
        if (!run) return
        clearTimeout(run.timer)
        running.delete(done)
        run.job.resolve(result)
        fill()
      })
      w.on('error', (error) => crash(`processing failed: ${error.message}`))
      w.on('exit', () => crash('processing stopped unexpectedly'))
      w.unref()
      return w
    }

    /** The worker died or hung: the oldest post in flight is blamed, the others are tried again. */
    function crash(reason: string, culprit?: number) {
      if (closing || running.size === 0) return
      worker.removeAllListeners()
      worker.terminate().catch(() => {})
      const blamed = culprit ?? Math.min(...running.keys())
      for (const [id, run] of running) {
        clearTimeout(run.timer)
        if (id === blamed) {
          const { relPath, id: articleId } = run.job.task
          run.job.resolve({ entry: { path: relPath, id: articleId, status: 'rejected', reason } })
        } else queue.unshift(run.job)
      }
      running.clear()
      worker = spawn()
      fill()
    }

    function fill() {
      while (running.size < IN_FLIGHT && queue.length > 0) {
        const job = queue.shift() as Job
        const id = ++seq
        const timer = setTimeout(
          () => crash(`processing took longer than ${options.timeoutMs / 1000} s`, id),
          options.timeoutMs,
        )
        running.set(id, { job, timer })
        const request: WorkerRequest = { seq: id, task: job.task, outDir: options.outDir }
        worker.postMessage(request)
      }
    }
    return { fill, worker: () => worker }
  }

  const slots = Array.from({ length: options.workers }, createSlot)
  return {
    capacity: poolCapacity(options.workers),
    run(task: PostTask): Promise<ProcessedPost> {
      return new Promise((resolve) => {
        queue.push({ task, resolve })
        for (const slot of slots) slot.fill()
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
    capacity: poolCapacity(0),
    async run(task: PostTask): Promise<ProcessedPost> {
      const result = processPost(task)
      if (result.file) {
        await writeImmutable(options.outDir, result.file.name, result.file.json, options.known)
        delete result.file
      }
      return result
    },
    async close() {},
  }
}
