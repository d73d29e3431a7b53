import { useSyncExternalStore } from 'react'
import { hasVoiceFor, speech } from './voice'

// Voices often arrive after the first call to getVoices (Chromium loads them lazily).
function subscribe(listener: () => void) {
  const synth = speech()
  synth?.addEventListener('voiceschanged', listener)
  return () => synth?.removeEventListener('voiceschanged', listener)
}

/** True while the browser has a voice for `lang`: the Listen button is offered only then. */
export function useVoiceAvailable(lang: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => {
      const synth = speech()
      return !!synth && hasVoiceFor(synth.getVoices(), lang)
    },
    () => false,
  )
}
