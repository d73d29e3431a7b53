/** A tag's language: `zh` of `zh-CN`, `en` of Android's `en_US`. */
export const primaryTag = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase()

/** The browser's speech synthesis, where it has one that can be driven. */
export function speech(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || typeof SpeechSynthesisUtterance !== 'function')
    return undefined
  return window.speechSynthesis ?? undefined
}

/** Whether any voice speaks `lang`: chooseVoice (loaded with the player) then finds one. */
export const hasVoiceFor = (voices: readonly Pick<SpeechSynthesisVoice, 'lang'>[], lang: string) =>
  voices.some((voice) => primaryTag(voice.lang) === primaryTag(lang))
