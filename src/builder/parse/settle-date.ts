import type { DateEvidence } from '../../bundle/format'
import { parseDate, zonedDay } from './dates'
import { pickUrlDay, urlDays } from './url-dates'

export interface DateClues {
  timezone: string
  /** The post's whole text, front matter included: its image and link URLs. */
  text: string
  mtime: Date
  /**
   * When git added the file (epoch ms); null when it did not (no repository, untracked, no git);
   * undefined when not looked up yet.
   */
  added: number | null | undefined
  /** @default the build's clock */
  now?: Date
}

export interface SettledDate {
  date: Date
  /** Absent when the front matter gave a valid date. */
  estimated?: DateEvidence
  warning?: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The post's date: its front matter's, else the best evidence of when it was written, in this
 * order: the commit that added it to git, a day in its URLs, its modification time (which a
 * `git clone` resets to the clone's time, so it comes last). The commit only bounds the date
 * (the post existed by then, and archives are often committed years of posts at once), so a
 * URL day before it is the nearer answer. Returns undefined when only git's answer, not yet
 * looked up, is missing: the caller asks git once for every post that needs it.
 */
export function settleDate(value: unknown, clues: DateClues): SettledDate | undefined {
  const date = parseDate(value, clues.timezone)
  if (date) return { date }
  const why = `date ${JSON.stringify(value ?? null)} is missing or invalid`
  if (clues.added === undefined) return undefined
  const today = zonedDay(clues.now ?? new Date(), clues.timezone)
  const day = pickUrlDay(urlDays(clues.text, today))
  const fromUrl = day && parseDate(`${day.y}-${pad(day.m)}-${pad(day.d)}`, clues.timezone)
  const urlWarning =
    day && `${why}; used the day in its image or link URLs (${day.y}-${pad(day.m)}-${pad(day.d)})`
  if (clues.added !== null) {
    const added = new Date(clues.added)
    if (fromUrl && urlWarning && fromUrl < added) {
      const bound = `, before the git commit that added the file (${added.toISOString()})`
      return { date: fromUrl, estimated: 'url', warning: `${urlWarning}${bound}` }
    }
    return {
      date: added,
      estimated: 'git',
      warning: `${why}; used the time of the git commit that added the file (${added.toISOString()})`,
    }
  }
  if (fromUrl && urlWarning) return { date: fromUrl, estimated: 'url', warning: urlWarning }
  return {
    date: clues.mtime,
    estimated: 'mtime',
    warning: `${why}; used the file's modification time`,
  }
}
