/**
 * A child process's own resource usage, as it reports it at exit through the preloaded
 * `report-usage.mjs`: Node gives no rusage for a child, and /proc forgets a process once it is gone.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

export interface Usage {
  /** User + system CPU time of every thread of the process. */
  cpuSeconds: number
  peakRssMb: number
}

/** Node arguments and environment that make a child write its usage into `file` as it exits. */
export function reportUsageInto(file: string): { args: string[]; env: Record<string, string> } {
  writeFileSync(file, '')
  return {
    args: ['--import', new URL('./report-usage.mjs', import.meta.url).href],
    env: { BENCH_USAGE_FILE: file },
  }
}

/** Reads and removes the file; null when the process died before its exit handlers ran. */
export function readUsage(file: string): Usage | null {
  const text = readFileSync(file, 'utf8')
  rmSync(file, { force: true })
  if (!text) return null
  const usage = JSON.parse(text) as NodeJS.ResourceUsage
  return {
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMb: usage.maxRSS / 1024,
  }
}
