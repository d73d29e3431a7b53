import { Suspense } from 'react'
import { useReadProblem } from '../lib/reading/use-read-marks'
import { useToast } from '../lib/toast'
import { ReadingNotice, ToastView } from './lazy-parts'

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

/** Toasts ("已取消收藏 · 撤销") speak through a region that is always there, so each is announced. */
export function ToastSlot() {
  const toast = useToast()
  return (
    <div role="status">
      {toast && (
        <Suspense fallback={null}>
          <ToastView toast={toast} />
        </Suspense>
      )}
    </div>
  )
}
