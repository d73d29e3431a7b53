import { primaryTag } from './voice'

/** What a voice choice needs of a SpeechSynthesisVoice: tests pass plain objects. */
type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>

// Android reports `en_US`; tags compare case-insensitively.
const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase()

// A Traditional article reads best with a Taiwan or Hong Kong voice, a Simplified one with a
// mainland or Singapore voice, when no voice matches the tag exactly.
const AFFINITY: Record<string, RegExp> = { hant: /-(tw|hk|mo)\b/, hans: /-(cn|sg)\b/ }

function score(want: string, have: string): number {
  if (have === want) return 6
  const [primary, script] = want.split('-')
  if (primaryTag(have) !== primary) return 0
  return 2 + (script && AFFINITY[script]?.test(have) ? 2 : 0)
}

/**
 * The voice to read `lang` with: an exact tag match first, then one of the same language
 * (primary subtag); among equals, one on the device (no network, no cut-offs), then the default.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
): V | undefined {
  const want = norm(lang)
  let best: V | undefined
  let bestScore = 0
  for (const voice of voices) {
    const base = score(want, norm(voice.lang))
    if (!base) continue
    const total = base + (voice.localService ? 1 : 0) + (voice.default ? 0.5 : 0)
    if (total > bestScore) [best, bestScore] = [voice, total]
  }
  return best
}
