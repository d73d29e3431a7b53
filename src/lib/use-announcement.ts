import { useState } from 'react'

/** Words for a live region. The same words twice are still a change, so screen readers repeat them. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('')
  const announce = (next: string) => setMessage((last) => (last === next ? `${next}\u00a0` : next))
  return [message, announce]
}
