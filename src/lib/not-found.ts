import { data } from 'react-router'

/** Why a URL shows the 404 page; the page picks its sentence and links from this. */
export type NotFoundReason = 'path' | 'category' | 'tag' | 'date' | 'page' | 'article'

export interface NotFoundData {
  reason: NotFoundReason
  /** The nearest page that does exist, such as the list's first page. */
  back?: string
}

/** Thrown by loaders: the route's error boundary renders the 404 page inside the layout. */
export const notFound = (reason: NotFoundReason, back?: string) =>
  data<NotFoundData>({ reason, back }, { status: 404, statusText: 'Not Found' })

export function isNotFoundData(value: unknown): value is NotFoundData {
  return typeof value === 'object' && value !== null && 'reason' in value
}
