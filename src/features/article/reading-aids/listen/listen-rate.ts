import { readStored, writeStored } from '../../../../lib/core/settings-storage'

/** The speeds offered; 1 is the voice's own. Kept with the other settings, in local storage. */
export const RATES = [0.75, 1, 1.25, 1.5, 2] as const
const KEY = 'broadsheet.listenRate'

export function readRate(): number {
  const stored = Number(readStored(KEY))
  return (RATES as readonly number[]).includes(stored) ? stored : 1
}

export function writeRate(rate: number) {
  writeStored(KEY, rate === 1 ? null : String(rate))
}
