/** Why a post was rejected, and the 1-based line it points at when known. */
export class PostError extends Error {
  readonly reason: string
  readonly line?: number

  constructor(reason: string, line?: number) {
    super(line === undefined ? reason : `${reason} (line ${line})`)
    this.name = 'PostError'
    this.reason = reason
    if (line !== undefined) this.line = line
  }
}
