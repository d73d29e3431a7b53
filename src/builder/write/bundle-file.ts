import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'

/** A bundle file's JSON text, inflated if it is gzipped (format 2 stores all but the entry so). */
export function decodeBundleFile(bytes: Buffer): string {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8')
}

export async function readBundleJson<T = unknown>(path: string): Promise<T> {
  return JSON.parse(decodeBundleFile(await readFile(path))) as T
}

export function readBundleJsonSync<T = unknown>(path: string): T {
  return JSON.parse(decodeBundleFile(readFileSync(path))) as T
}
