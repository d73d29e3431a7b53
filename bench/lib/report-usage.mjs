/**
 * Preloaded into the bench's child processes (`node --import`): our builds and `hexo generate`. On
 * exit, writes the process's resource usage (`process.resourceUsage()`: all its threads' CPU time
 * in µs, peak resident memory in KB) to $BENCH_USAGE_FILE. Its `maxRSS` is the figure the builder's
 * `--stats` reports, so Hexo's peak is measured as ours is.
 */
import { writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.BENCH_USAGE_FILE
// Worker threads inherit --import; only the main thread, the last to exit, writes the figures.
if (file && isMainThread)
  process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())))
