import type { ComponentType, RefObject } from 'react'
import { useRef, useState } from 'react'
import { useT } from '../../../../lib/i18n/locale'
import { useAnnouncement } from '../../../../lib/use-announcement'
import { messages } from './button-messages'
import { useVoiceAvailable } from './use-voice-available'
import type { ListenPlayerProps } from './listen-player'
import { StrokeIcon } from '../../../../components/stroke-icon'

interface ListenButtonProps {
  /** The article element: its body is what is read. */
  article: RefObject<HTMLElement | null>
  lang: string
}

/**
 * "朗读 / Listen" in the meta line, offered only where the browser has a voice for the article's
 * language. The player, the sentence splitting and the highlight load when it is pressed.
 */
export function ListenButton({ article, lang }: ListenButtonProps) {
  const t = useT(messages)
  const available = useVoiceAvailable(lang)
  const [Player, setPlayer] = useState<ComponentType<ListenPlayerProps>>()
  const [open, setOpen] = useState(false)
  const [announcement, announce] = useAnnouncement()
  const button = useRef<HTMLButtonElement>(null)
  if (!available && !open) return null

  const listen = async () => {
    if (open) return
    const { ListenPlayer } = await import('./listen-player')
    setPlayer(() => ListenPlayer)
    setOpen(true)
  }
  const close = (byReader: boolean) => {
    setOpen(false)
    if (byReader) button.current?.focus()
  }

  return (
    <span className="article-listen">
      <button
        ref={button}
        type="button"
        className="article-listen__button"
        onClick={() => void listen()}
      >
        <StrokeIcon d="M4 9v6h4l5 4V5L8 9zm12 0a4 4 0 0 1 0 6m2.5-9a8 8 0 0 1 0 12" size={15} />
        {t('listen')}
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {open && Player && (
        <Player article={article} lang={lang} onAnnounce={announce} onClose={close} />
      )}
    </span>
  )
}
