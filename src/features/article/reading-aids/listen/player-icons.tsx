// Small glyphs for the player's buttons; the words beside them are the labels.
const glyph = (d: string) =>
  function Glyph() {
    return (
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path fill="currentColor" d={d} />
      </svg>
    )
  }

export const PlayIcon = glyph('M8 5v14l11-7z')
export const PauseIcon = glyph('M7 5h4v14H7zm6 0h4v14h-4z')
export const StopIcon = glyph('M6 6h12v12H6z')
