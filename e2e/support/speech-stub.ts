import type { BrowserContext, Page } from '@playwright/test'

// Chromium on a test machine has no voices: the app meets this stand-in for speechSynthesis,
// installed before any of its code runs. It speaks nothing; a test ends each utterance with
// `__speech.end()` (or lets `autoEndMs` do it) and reads what was asked of it.

export interface StubVoice {
  name: string
  lang: string
}

export const ZH_AND_EN: StubVoice[] = [
  { name: 'Stub Mandarin', lang: 'zh-CN' },
  { name: 'Stub English', lang: 'en-US' },
]

export interface SpeechStubOptions {
  /** The voices getVoices() returns; `null` removes speechSynthesis altogether. */
  voices?: StubVoice[] | null
  /** Voices arrive this long after the first getVoices() call, with `voiceschanged`. */
  lateMs?: number
  /** End each utterance on its own after this long (0: only when the test says). */
  autoEndMs?: number
}

/** What the stub recorded: every utterance spoken, and each call made of the engine. */
export interface SpeechLog {
  spoken: { text: string; rate: number; lang: string; voice: string | null }[]
  calls: string[]
}

function install({ voices, lateMs, autoEndMs }: Required<SpeechStubOptions>) {
  const w = window as unknown as Record<string, unknown>
  if (voices === null) {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true })
    w.SpeechSynthesisUtterance = undefined
    return
  }
  type Handler = ((event: unknown) => void) | null
  class Utterance extends EventTarget {
    lang = ''
    voice: { name: string } | null = null
    rate = 1
    pitch = 1
    volume = 1
    onstart: Handler = null
    onend: Handler = null
    onerror: Handler = null
    text: string
    constructor(text = '') {
      super()
      this.text = text
    }
  }
  const list = voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }))
  let ready = lateMs === 0
  const log = { spoken: [], calls: [] } as {
    spoken: { text: string; rate: number; lang: string; voice: string | null }[]
    calls: string[]
  }
  const queue: Utterance[] = []
  class Synth extends EventTarget {
    speaking = false
    paused = false
    pending = false
    log = log
    getVoices() {
      if (!ready && lateMs > 0)
        setTimeout(() => {
          ready = true
          this.dispatchEvent(new Event('voiceschanged'))
        }, lateMs)
      return ready ? list : []
    }
    speak(u: Utterance) {
      log.spoken.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name ?? null })
      queue.push(u)
      this.speaking = true
      setTimeout(() => u.onstart?.({ type: 'start', utterance: u }), 0)
      if (autoEndMs > 0) setTimeout(() => queue[0] === u && this.end(), autoEndMs)
    }
    end() {
      const u = queue.shift()
      this.speaking = queue.length > 0
      u?.onend?.({ type: 'end', utterance: u })
    }
    fail(error = 'synthesis-failed') {
      const u = queue.shift()
      this.speaking = queue.length > 0
      u?.onerror?.({ type: 'error', error, utterance: u })
    }
    cancel() {
      log.calls.push('cancel')
      for (const u of queue.splice(0)) u.onerror?.({ type: 'error', error: 'interrupted' })
      this.speaking = false
      this.paused = false
    }
    pause() {
      log.calls.push('pause')
      this.paused = true
    }
    resume() {
      log.calls.push('resume')
      this.paused = false
    }
  }
  const synth = new Synth()
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  w.SpeechSynthesisUtterance = Utterance
  w.__speech = synth
}

/** Installs the stand-in for every page the page or context opens from now on. */
export async function installSpeechStub(
  target: Page | BrowserContext,
  { voices = ZH_AND_EN, lateMs = 0, autoEndMs = 0 }: SpeechStubOptions = {},
) {
  // As source text: under tsx (the screenshots script) esbuild's keepNames wraps the classes in
  // __name() calls that the page does not have.
  const args = JSON.stringify({ voices, lateMs, autoEndMs })
  await target.addInitScript({ content: `var __name = (f) => f;(${String(install)})(${args})` })
}

export const speechLog = (page: Page) =>
  page.evaluate(() => {
    const { log } = (window as unknown as { __speech: { log: SpeechLog } }).__speech
    return JSON.parse(JSON.stringify(log)) as SpeechLog
  })

/** Ends the utterance being spoken: the app goes on to the next sentence. */
export const endUtterance = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { end(): void } }).__speech.end())

/** The text the sentence highlight covers, or null when there is none. */
export const highlighted = (page: Page) =>
  page.evaluate(() => {
    const mark = CSS.highlights.get('listen-sentence')
    if (!mark) return null
    return [...mark].map((r) => r.toString().replace(/\s+/g, ' ').trim()).join(' ')
  })
