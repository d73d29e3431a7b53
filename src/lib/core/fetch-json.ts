import { BundleFormatError } from '../../bundle/validate'

export type FetchErrorKind =
  'network' | 'not-found' | 'server' | 'bad-json' | 'format' | 'offline' | 'timeout'

/** A stalled request (a hung CDN, a captive portal) fails after this long: never an endless spinner. */
export const FETCH_TIMEOUT_MS = 12_000

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
  options: FetchOptions = {},
): Promise<T> {
  const bytes = await fetchBytes(url, options)
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder().decode(bytes))
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

export interface FetchOptions {
  signal?: AbortSignal
  cache?: RequestCache
  timeoutMs?: number
}

/** A bundle file's bytes, inflated when stored gzipped (the search index's binary chunks). */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  // Our own controller rather than AbortSignal.any/timeout: it also works where those are missing.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs ?? FETCH_TIMEOUT_MS)
  const forward = () => controller.abort()
  if (options.signal?.aborted) controller.abort()
  options.signal?.addEventListener('abort', forward, { once: true })
  const stalled = () => new FetchJsonError('timeout', url, `${url} did not answer in time`)
  try {
    let res: Response
    try {
      res = await fetch(url, { signal: controller.signal, cache: options.cache })
    } catch (error) {
      if (options.signal?.aborted) throw error
      if (timedOut) throw stalled()
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false
      throw new FetchJsonError(offline ? 'offline' : 'network', url, `Could not reach ${url}`)
    }
    // A static host's SPA fallback answers a missing data file with index.html and 200.
    const html = /text\/html/i.test(res.headers?.get('content-type') ?? '')
    if (res.ok && html)
      throw new FetchJsonError('not-found', url, `${url} is an HTML page, not data`)
    if (!res.ok) {
      const kind = res.status === 404 || res.status === 410 ? 'not-found' : 'server'
      throw new FetchJsonError(kind, url, `${url} answered ${res.status}`, res.status)
    }
    try {
      return await inflate(res)
    } catch (error) {
      if (options.signal?.aborted) throw error
      if (timedOut) throw stalled()
      throw new FetchJsonError('bad-json', url, `${url} could not be read`)
    }
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', forward)
  }
}

/**
 * The response's bytes. Format 2 stores bundle files gzipped (half the output), which the app
 * inflates; a host that already decoded one (Content-Encoding), or a plain file, is read as is.
 */
async function inflate(res: Response): Promise<Uint8Array> {
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes
  // Written and read directly: through a Blob and a Response it took 20 times longer (2 ms a file).
  const stream = new DecompressionStream('gzip')
  const writer = stream.writable.getWriter()
  // The reader below rejects too on bad bytes: these two are awaited through it.
  writer.write(bytes).catch(() => undefined)
  writer.close().catch(() => undefined)
  const parts: Uint8Array[] = []
  const reader = stream.readable.getReader()
  for (let step = await reader.read(); !step.done; step = await reader.read())
    parts.push(step.value)
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
