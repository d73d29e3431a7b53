import { describe, expect, it } from 'vitest'
import { createSpeaker } from '../speaker'
import type { SpeakerState } from '../speaker'

interface FakeUtterance {
  text: string
  lang: string
  voice: SpeechSynthesisVoice | null
  rate: number
  onend: ((event: SpeechSynthesisEvent) => void) | null
  onerror: ((event: SpeechSynthesisErrorEvent) => void) | null
}

/** An engine that speaks nothing: the test ends each utterance, or fails it. */
function fakeSynth() {
  const queue: FakeUtterance[] = []
  const synth = {
    spoken: [] as FakeUtterance[],
    speaking: false,
    cancels: 0,
    speak(u: FakeUtterance) {
      synth.spoken.push(u)
      queue.push(u)
      synth.speaking = true
    },
    cancel() {
      synth.cancels++
      // Engines report their cancelled utterances as interrupted.
      for (const u of queue.splice(0))
        u.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent)
      synth.speaking = false
    },
    pause() {},
    resume() {},
    end() {
      const u = queue.shift()
      synth.speaking = queue.length > 0
      u?.onend?.({} as SpeechSynthesisEvent)
    },
    fail(error = 'synthesis-failed') {
      const u = queue.shift()
      synth.speaking = queue.length > 0
      u?.onerror?.({ error } as SpeechSynthesisErrorEvent)
    },
  }
  return synth
}

function setup(sentences = ['One.', 'Two.', 'Three.']) {
  const synth = fakeSynth()
  const changes: [SpeakerState, number][] = []
  const speaker = createSpeaker({
    synth,
    sentences,
    lang: 'en-US',
    rate: 1,
    makeUtterance: (text): FakeUtterance => ({
      text,
      lang: '',
      voice: null,
      rate: 1,
      onend: null,
      onerror: null,
    }),
    onChange: (state, index) => changes.push([state, index]),
  })
  const texts = () => synth.spoken.map((u) => u.text)
  return { synth, speaker, changes, texts }
}

describe('createSpeaker', () => {
  it('speaks one sentence at a time, the next when the last ends, and ends after the last', () => {
    const { synth, speaker, changes, texts } = setup()
    speaker.play()
    expect(texts()).toEqual(['One.'])
    synth.end()
    synth.end()
    expect(texts()).toEqual(['One.', 'Two.', 'Three.'])
    synth.end()
    expect(speaker.state).toBe('ended')
    expect(changes).toEqual([
      ['playing', 0],
      ['playing', 1],
      ['playing', 2],
      ['ended', 3],
    ])
  })

  it('pauses, resumes where it was, and stops for good', () => {
    const { synth, speaker, texts } = setup()
    speaker.play()
    synth.end()
    speaker.pause()
    expect(speaker.state).toBe('paused')
    speaker.resume()
    expect(speaker.state).toBe('playing')
    expect(texts()).toEqual(['One.', 'Two.'])
    speaker.stop()
    expect(speaker.state).toBe('stopped')
    // The cancelled utterance's events change nothing.
    synth.end()
    expect(texts()).toEqual(['One.', 'Two.'])
  })

  it('speaks the sentence again on resume when the engine dropped it while paused', () => {
    const { synth, speaker, texts } = setup()
    speaker.play()
    speaker.pause()
    synth.cancel() // an engine whose pause is a cancel
    speaker.resume()
    expect(texts()).toEqual(['One.', 'One.'])
    synth.end()
    expect(texts()).toEqual(['One.', 'One.', 'Two.'])
  })

  it('a sentence that ends during the pause moves on only on resume', () => {
    const { synth, speaker, texts } = setup()
    speaker.play()
    speaker.pause()
    synth.end()
    expect(texts()).toEqual(['One.'])
    speaker.resume()
    expect(texts()).toEqual(['One.', 'Two.'])
  })

  it('applies a new rate from the next sentence', () => {
    const { synth, speaker } = setup()
    speaker.play()
    speaker.setRate(1.5)
    synth.end()
    expect(synth.spoken.map((u) => u.rate)).toEqual([1, 1.5])
  })

  it('skips a sentence the engine fails, and gives up after three failures in a row', () => {
    const { synth, speaker, texts } = setup(['A.', 'B.', 'C.', 'D.', 'E.'])
    speaker.play()
    synth.fail()
    expect(texts()).toEqual(['A.', 'B.'])
    synth.end()
    synth.fail()
    synth.fail()
    expect(speaker.state).toBe('playing')
    synth.fail()
    expect(speaker.state).toBe('failed')
    expect(texts()).toEqual(['A.', 'B.', 'C.', 'D.', 'E.'])
  })

  it('ignores the interruptions it causes, and leaving cancels without a word', () => {
    const { synth, speaker, changes } = setup()
    speaker.play()
    synth.fail('interrupted')
    expect(speaker.state).toBe('playing')
    const before = changes.length
    const cancels = synth.cancels
    speaker.dispose()
    expect(synth.cancels).toBe(cancels + 1)
    expect(changes.length).toBe(before)
  })
})
