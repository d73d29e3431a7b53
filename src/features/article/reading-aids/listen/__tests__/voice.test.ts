import { describe, expect, it } from 'vitest'
import { chooseVoice } from '../choose-voice'
import { hasVoiceFor } from '../voice'

const voice = (name: string, lang: string, localService = true, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
})

describe('chooseVoice', () => {
  const voices = [
    voice('Google US English', 'en-US', false),
    voice('Samantha', 'en-US'),
    voice('Daniel', 'en_GB'),
    voice('Ting-Ting', 'zh-CN'),
    voice('Mei-Jia', 'zh-TW'),
    voice('Google 普通话', 'zh-CN', false, true),
  ]

  it('takes an exact match, on the device before over the network', () => {
    expect(chooseVoice(voices, 'en-US')?.name).toBe('Samantha')
    expect(chooseVoice(voices, 'zh-CN')?.name).toBe('Ting-Ting')
    expect(chooseVoice(voices, 'en-gb')?.name).toBe('Daniel')
  })

  it('falls back to the same language, and to the region that writes the script', () => {
    expect(chooseVoice(voices, 'en')?.name).toBe('Samantha')
    expect(chooseVoice(voices, 'zh-Hant')?.name).toBe('Mei-Jia')
    expect(chooseVoice(voices, 'zh-Hans')?.name).toBe('Ting-Ting')
  })

  it('offers nothing for a language without a voice', () => {
    expect(chooseVoice(voices, 'ja')).toBeUndefined()
    expect(chooseVoice([], 'zh')).toBeUndefined()
    // "zh" is not a prefix match for "zh-yue"-less tags like "zu".
    expect(chooseVoice([voice('Zulu', 'zu-ZA')], 'zh')).toBeUndefined()
  })

  it('is offered exactly when a voice is found', () => {
    for (const lang of ['en', 'en-US', 'zh-Hant', 'zh-CN', 'ja', 'zu', 'EN_au'])
      expect(hasVoiceFor(voices, lang)).toBe(chooseVoice(voices, lang) !== undefined)
  })
})
