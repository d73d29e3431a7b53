import { Suspense } from 'react'
import { useReadProblem } from '../lib/reading/use-read-marks'
import { ReadingNotice } from './lazy-parts'

/** Where the notice goes when read marks cannot be kept; its code loads only then. */
export function ReadingNoticeSlot() {
  const problem = useReadProblem()
  if (!problem) return null
  return (
    <Suspense fallback={null}>
      <ReadingNotice />
    </Suspense>
  )
}
