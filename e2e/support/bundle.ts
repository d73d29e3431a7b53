/** Reading bundle files in tests: format 2 stores every file but the entry gzipped. */
import type { APIRequestContext } from '@playwright/test'
import { decodeBundleFile, readBundleJsonSync } from '../../src/builder/index'

/** The JSON text of a bundle file's bytes, gzipped or not (a server may have decoded it already). */
export const bundleText = decodeBundleFile

/** A bundle file from the server, as the app reads it. */
export async function getBundleJson<T>(request: APIRequestContext, url: string): Promise<T> {
  return JSON.parse(decodeBundleFile(await (await request.get(url)).body())) as T
}

/** A bundle file from disk. */
export const readBundleFile = readBundleJsonSync
