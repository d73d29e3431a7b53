/** An open article counts as read after this long in view, or once its end has been reached. */
export const READ_AFTER_MS = 5000

export interface ReadDetection {
  /** The page became visible, or hidden (another tab, a locked phone): hidden time does not count. */
  setVisible(visible: boolean): void
  /** The end of the article came into view. */
  reachedEnd(): void
  /** The reader marked it themselves, or left: detect nothing more. */
  stop(): void
}

/** Calls `onRead` once, when the article has been read; starts visible or not as given. */
export function createReadDetection(
  onRead: () => void,
  { visible, afterMs = READ_AFTER_MS }: { visible: boolean; afterMs?: number },
): ReadDetection {
  let left = afterMs
  let since = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let done = false
  const finish = () => {
    if (done) return
    done = true
    clearTimeout(timer)
    onRead()
  }
  const start = () => {
    since = Date.now()
    timer = setTimeout(finish, left)
  }
  const pause = () => {
    clearTimeout(timer)
    timer = undefined
    left = Math.max(0, left - (Date.now() - since))
  }
  if (visible) start()
  return {
    setVisible(now) {
      if (done || now === (timer !== undefined)) return
      if (now) start()
      else pause()
    },
    reachedEnd: finish,
    stop() {
      done = true
      clearTimeout(timer)
    },
  }
}
