import type { ComponentType, ReactNode } from 'react'
import { SectionBoundary } from '../components/section-boundary'
import type { PartLoader } from './use-preloaded'
import { usePreloaded } from './use-preloaded'

interface Props {
  load: PartLoader<ComponentType>
  enabled: boolean
  /** Rendered when the load failed: it suspends and throws into the boundary. */
  fallback: ComponentType
  skeleton: ReactNode
  /** A navigation gives a failed part another try. */
  resetKey: string
  yields?: boolean
}

/**
 * A side column's part, its skeleton until its code and data are in. Its own component, so that
 * its arrival renders the column alone, not the layout and the page in the middle column.
 */
export function SidePart({ load, enabled, fallback, skeleton, resetKey, yields }: Props) {
  const Part = usePreloaded(load, enabled, fallback, yields)
  if (!Part) return skeleton
  return (
    <SectionBoundary fallback={skeleton} resetKey={resetKey}>
      {/* A module's component, loaded once for the page: not made in render. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Part />
    </SectionBoundary>
  )
}
