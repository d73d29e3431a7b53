import { useEffect, useState } from 'react'

// Once true for the page, later mounts (another layout after an error, say) need not wait again.
let painted = false

/**
 * False until the frame holding the first page has been painted. The side columns wait for it,
 * so their code and data (the tree grows with the corpus) are requested after the list paints,
 * never before it; their skeletons hold the space meanwhile.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted)
  useEffect(() => {
    if (ready) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let idle: number | undefined
    const done = () => {
      painted = true
      setReady(true)
    }
    // A frame callback runs just before the paint; a task queued from it runs just after it.
    // Then wait for the main thread to go idle (the list's own work done), at most 300 ms.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function')
          idle = requestIdleCallback(done, { timeout: 300 })
        else timer = setTimeout(done, 50)
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [ready])
  return ready
}
