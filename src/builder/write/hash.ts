import { createHash } from 'node:crypto'

/** Content hash for immutable file names: 12 hex chars, lower case so case-insensitive hosts cannot confuse two names. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 12)
}

/**
 * Stable article id: 12 URL-safe chars (72 bits) of the SHA-256 of the path relative to the
 * posts folder, so it is the same on every machine and every rebuild.
 */
export function articleId(relPath: string): string {
  return createHash('sha256').update(relPath.normalize('NFC')).digest('base64url').slice(0, 12)
}
