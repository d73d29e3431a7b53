import type { ReactNode } from 'react'

interface StrokeIconProps {
  /** The outline's path, on a 24-unit grid. */
  d: string
  size?: number
  strokeWidth?: number
  /** Filled marks drawn over the outline (the feed icon's dot). */
  children?: ReactNode
}

/**
 * An outline glyph in the text's colour, for the pill buttons (share, save, feeds, listen):
 * decorative, since the words beside it are the label.
 */
export function StrokeIcon({ d, size = 16, strokeWidth = 1.6, children }: StrokeIconProps) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
        d={d}
      />
      {children}
    </svg>
  )
}
