/** Where reading stands. `ended`, `stopped` and `failed` are final: the player closes. */
export type SpeakerState = 'playing' | 'paused' | 'stopped' | 'ended' | 'failed'

type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'pause' | 'resume' | 'speaking'>
type Utterance = Pick<
  SpeechSynthesisUtterance,
  'lang' | 'voice' | 'rate' | 'onend' | 'onerror' | 'text'
>

export interface SpeakerOptions {
  synth: Synth
  makeUtterance: (text: string) => Utterance
  sentences: readonly string[]
  lang: string
  voice?: SpeechSynthesisVoice
  rate: number
  /** Called when the state changes or another sentence starts. */
  onChange: (state: SpeakerState, index: number) => void
}

// Our own cancel (pause on some engines, stop, leaving) ends the utterance with these.
const OURS = new Set(['interrupted', 'canceled'])
// A voice that fails sentence after sentence is not going to recover.
const MAX_FAILURES = 3

/**
 * Reads the sentences one utterance each: engines cut off long utterances, and Chromium's
 * pause is unreliable within one. Events from an utterance that is no longer the current one
 * (after a cancel) are ignored.
 */
export function createSpeaker(options: SpeakerOptions) {
  const { synth, sentences } = options
  let state: SpeakerState = 'stopped'
  let index = 0
  let rate = options.rate
  let turn = 0
  let failures = 0
  let current: Utterance | undefined // held: an utterance collected early never ends
  let finishedWhilePaused = false

  const emit = (next: SpeakerState) => {
    state = next
    options.onChange(state, index)
  }

  function speak() {
    if (index >= sentences.length) {
      current = undefined
      emit('ended')
      return
    }
    const mine = ++turn
    const utterance = options.makeUtterance(sentences[index]!)
    utterance.lang = options.lang
    if (options.voice) utterance.voice = options.voice
    utterance.rate = rate
    utterance.onend = () => {
      if (mine !== turn) return
      failures = 0
      index++
      if (state === 'playing') speak()
      else finishedWhilePaused = true
    }
    utterance.onerror = (event) => {
      if (mine !== turn || OURS.has(event.error)) return
      if (++failures >= MAX_FAILURES) return finish('failed')
      index++
      if (state === 'playing') speak()
    }
    current = utterance
    synth.speak(utterance as SpeechSynthesisUtterance)
    emit(state)
  }

  function finish(final: SpeakerState) {
    turn++
    current = undefined
    synth.cancel()
    emit(final)
  }

  return {
    get state() {
      return state
    },
    get index() {
      return index
    },
    get utterance() {
      return current
    },
    play() {
      if (state === 'playing' || state === 'paused') return
      index = 0
      failures = 0
      state = 'playing'
      synth.cancel() // whatever another page or tab left queued
      speak()
    },
    pause() {
      if (state !== 'playing') return
      synth.pause()
      emit('paused')
    },
    resume() {
      if (state !== 'paused') return
      state = 'playing'
      // An engine whose pause cancelled, or a sentence that ended meanwhile: speak on from here.
      if (finishedWhilePaused || !synth.speaking) {
        finishedWhilePaused = false
        turn++
        synth.cancel()
        speak()
      } else {
        synth.resume()
        emit('playing')
      }
    },
    /** Applies from the next sentence on. */
    setRate(next: number) {
      rate = next
    },
    stop() {
      if (state === 'playing' || state === 'paused') finish('stopped')
    },
    /** Silences without a word: the article is being left. */
    dispose() {
      turn++
      current = undefined
      if (state === 'playing' || state === 'paused') synth.cancel()
      state = 'stopped'
    },
  }
}

export type Speaker = ReturnType<typeof createSpeaker>
