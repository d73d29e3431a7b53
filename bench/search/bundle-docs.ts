/** Reading a built bundle as search sees it: its documents in doc order, and a file-backed source. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Article, Entry } from '../../src/bundle/format'
import { bundlePaths } from '../../src/bundle/paths'
import type { DocPage, SearchManifest } from '../../src/bundle/search-format'
import { searchableText } from '../../src/search/document'
import type { SearchSource } from '../../src/search/engine'
import type { DocText } from './queries'

export interface BundleDoc {
  doc: number
  /** The article file's hash. */
  f: string
  id: string
  text: DocText
}

function readRaw(bundle: string, path: string): Buffer {
  return readFileSync(join(bundle, path))
}

const inflate = (bytes: Buffer) =>
  bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes

export function readJson<T>(bundle: string, path: string): T {
  return JSON.parse(inflate(readRaw(bundle, path)).toString('utf8')) as T
}

export function searchManifestOf(bundle: string): { hash: string; manifest: SearchManifest } {
  const hash = readJson<Entry>(bundle, bundlePaths.entry).search
  return { hash, manifest: readJson<SearchManifest>(bundle, bundlePaths.searchManifest(hash)) }
}

/** Every document, oldest (doc 0) first, with its normalised text. */
export function* bundleDocs(bundle: string): Generator<BundleDoc> {
  const { manifest } = searchManifestOf(bundle)
  let doc = 0
  for (const page of manifest.docPages)
    for (const f of readJson<DocPage>(bundle, bundlePaths.searchDocs(page)).files) {
      const article = readJson<Article>(bundle, bundlePaths.article(f))
      yield { doc: doc++, f, id: article.id, text: searchableText(article) }
    }
}

/** A source that reads the bundle from disk and counts the bytes a browser would download (gzip). */
export function countingSource(bundle: string): SearchSource & { files: Map<string, number> } {
  const files = new Map<string, number>()
  return {
    files,
    load: async (path) => {
      const raw = readRaw(bundle, path)
      files.set(path, raw.length)
      return inflate(raw)
    },
  }
}
