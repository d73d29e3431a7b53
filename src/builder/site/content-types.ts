/**
 * The Content-Type a site's files are served with: by the dev server (the bundle) and by the
 * test and benchmark servers (the whole site).
 */
import { extname } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Feeds, sitemaps and robots.txt, as GitHub Pages and nginx's stock mime.types serve them.
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Bundle files (format 2): stored gzipped, served as they are, as static hosts do.
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
}

/** By the file's extension; an unknown one is served as bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
}
