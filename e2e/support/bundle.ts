/** Reading bundle files in tests: format 2 stores every file but the entry gzipped. */
import type { APIRequestContext } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** The JSON text of a bundle file's bytes, gzipped or not (a server may have decoded it already). */
export const bundleText = (bytes: Buffer) =>
  (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8')

/** A bundle file from the server, as the app reads it. */
export async function getBundleJson<T>(request: APIRequestContext, url: string): Promise<T> {
  return JSON.parse(bundleText(await (await request.get(url)).body())) as T
}

/** A bundle file from disk. */
export const readBundleFile = <T>(path: string): T =>
  JSON.parse(bundleText(readFileSync(path))) as T
