import { BundleFormatError } from '../bundle/validate'

export type FetchErrorKind = 'network' | 'not-found' | 'server' | 'bad-json' | 'format' | 'offline'

/** The one error type bundle fetches throw; `kind` picks the message the reader sees. */
export class FetchJsonError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'FetchJsonError'
  }
}

/** The only place in the app that calls fetch: every bundle file comes through here and is validated. */
export async function fetchJson<T>(
  url: string,
  validate: (value: unknown) => T,
  options: { signal?: AbortSignal; cache?: RequestCache } = {},
): Promise<T> {
  let res: Response
  try {
    res = await fetch(url, { signal: options.signal, cache: options.cache })
  } catch (error) {
    if (options.signal?.aborted) throw error
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false
    throw new FetchJsonError(offline ? 'offline' : 'network', url, `Could not reach ${url}`)
  }
  if (!res.ok) {
    const kind = res.status === 404 || res.status === 410 ? 'not-found' : 'server'
    throw new FetchJsonError(kind, url, `${url} answered ${res.status}`, res.status)
  }
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new FetchJsonError('bad-json', url, `${url} is not valid JSON`)
  }
  try {
    return validate(body)
  } catch (error) {
    if (error instanceof BundleFormatError) throw new FetchJsonError('format', url, error.message)
    throw error
  }
}
