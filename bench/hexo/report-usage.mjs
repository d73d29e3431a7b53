/**
 * Preloaded into `hexo generate` (`node --import`): on exit, writes the process's resource usage
 * (`process.resourceUsage()`: peak resident memory in KB, CPU time in µs) to $BENCH_USAGE_FILE.
 * Its `maxRSS` is the figure the builder's `--stats` reports for ours, so both peaks are measured
 * the same way.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_USAGE_FILE
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())))
