import type { RefObject } from 'react'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../../../../lib/i18n/locale'
import { messages } from './player-messages'
import { collectSentences } from './collect-sentences'
import { clearSentence, showSentence } from './highlight'
import { RATES, readRate, writeRate } from './listen-rate'
import { createSpeaker } from './speaker'
import type { Speaker, SpeakerState } from './speaker'
import { chooseVoice } from './choose-voice'
import { speech } from './voice'
import { PauseIcon, PlayIcon, StopIcon } from './player-icons'
import '../../../../components/pill-button.css'
import './listen-player.css'

export interface ListenPlayerProps {
  article: RefObject<HTMLElement | null>
  lang: string
  /** Words for the page's live region: each change of state, not each sentence. */
  onAnnounce: (message: string) => void
  /** Reading is over; `byReader` when the reader pressed Stop (focus goes back to Listen). */
  onClose: (byReader: boolean) => void
}

/** Reads the article aloud from its first sentence, with a bar to pause, stop and set the speed. */
export function ListenPlayer({ article, lang, onAnnounce, onClose }: ListenPlayerProps) {
  const t = useT(messages)
  const [state, setState] = useState<SpeakerState>('playing')
  const [position, setPosition] = useState({ n: 1, total: 0 })
  const [rate, setRate] = useState(readRate)
  const speaker = useRef<Speaker>(undefined)
  const bar = useRef<HTMLElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  // The speaker lives as long as the article: it reads the latest callbacks and words from here.
  const latest = useRef({ t, onAnnounce, onClose })
  useLayoutEffect(() => {
    latest.current = { t, onAnnounce, onClose }
  })

  useEffect(() => {
    const synth = speech()
    const body = article.current?.querySelector('.article-body')
    const sentences = body ? collectSentences(body, lang) : []
    let said: SpeakerState | undefined
    const onChange = (next: SpeakerState, index: number) => {
      setState(next)
      setPosition({ n: Math.min(index + 1, sentences.length), total: sentences.length })
      const sentence = sentences[index]
      if (next === 'playing' && sentence) showSentence(sentence.range, bar.current)
      else if (next !== 'paused') clearSentence()
      if (next === said) return
      said = next
      latest.current.onAnnounce(latest.current.t(next))
      if (next !== 'playing' && next !== 'paused') latest.current.onClose(next === 'stopped')
    }
    if (!synth || sentences.length === 0) {
      onChange('failed', 0)
      return undefined
    }
    const voice = chooseVoice(synth.getVoices(), lang)
    const reader = createSpeaker({
      synth,
      sentences: sentences.map((s) => s.text),
      lang: voice?.lang ?? lang,
      voice,
      rate: readRate(),
      makeUtterance: (text) => new SpeechSynthesisUtterance(text),
      onChange,
    })
    speaker.current = reader
    reader.play()
    return () => {
      reader.dispose()
      clearSentence()
    }
  }, [article, lang])

  // Keyboard and screen-reader users land on the controls they just summoned.
  useEffect(() => toggle.current?.focus(), [])

  // On desktop the bar floats under the text column, not the window's middle, which the side
  // columns push off the text (CSSOM: the CSP allows no style attribute).
  useLayoutEffect(() => {
    const place = () => {
      const box = article.current?.getBoundingClientRect()
      if (box) bar.current?.style.setProperty('--listen-centre', `${box.left + box.width / 2}px`)
    }
    place()
    addEventListener('resize', place)
    return () => removeEventListener('resize', place)
  }, [article])

  const paused = state === 'paused'
  return createPortal(
    <section ref={bar} className="listen-player" aria-label={t('player')}>
      <button
        ref={toggle}
        type="button"
        className="pill-button"
        onClick={() => (paused ? speaker.current?.resume() : speaker.current?.pause())}
      >
        {paused ? <PlayIcon /> : <PauseIcon />}
        {paused ? t('resume') : t('pause')}
      </button>
      <button type="button" className="pill-button" onClick={() => speaker.current?.stop()}>
        <StopIcon />
        {t('stop')}
      </button>
      <label className="listen-player__speed">
        <span className="listen-player__speed-word">{t('speed')}</span>
        <select
          className="pill-button"
          value={rate}
          onChange={(e) => {
            const next = Number(e.target.value)
            setRate(next)
            writeRate(next)
            speaker.current?.setRate(next)
          }}
        >
          {RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      <span className="listen-player__position">{t('position', position)}</span>
    </section>,
    document.body,
  )
}
