/**
 * Preloaded into `hexo generate` (`node --import`): on exit, writes the process's peak resident
 * memory in KB to $BENCH_MAX_RSS_FILE. It is the figure the builder's `--stats` reports for ours,
 * `process.resourceUsage().maxRSS`, so the two peaks are measured the same way.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_MAX_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
