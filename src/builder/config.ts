import { resolve } from 'node:path'
import { SANITIZE_POLICY } from '../sanitize/policy'

export interface Config {
  /** Folder of posts, or a Hexo site root holding `_config.yml`. @default 'content' */
  posts: string
  /** Where the bundle is written (the `data/` folder of a site). @default 'dist/data' */
  out: string
  /** Zone for days, months and years when the site's `_config.yml` names none. @default 'UTC' */
  timezone: string
  /** Fail (exit non-zero) when any post was repaired or rejected. @default false */
  strict: boolean
  /** Posts larger than this are rejected. @default 2 MiB */
  maxPostBytes: number
  /** HTML nested deeper than this is flattened, with a warning. @default 64 (the sanitizer's policy) */
  maxDepth: number
  /** Worker threads for parsing and cleaning. @default min(4, available cores) */
  workers: number
  /** Site title when `_config.yml` gives none. @default 'Broadsheet' */
  title: string
  /** Content language when `_config.yml` gives none. @default 'zh-CN' */
  language: string
  /** Hexo permalink pattern when `_config.yml` gives none. @default ':year/:month/:day/:title/' */
  permalink: string
  /** Public path the site is served under; site-root URLs in posts (`/images/a.jpg`) are moved under it. @default '/' */
  base: string
  /** Time limit for one post, so a pathological post cannot hang the build. @default 20000 ms */
  postTimeoutMs: number
}

export const DEFAULT_CONFIG: Config = {
  posts: 'content',
  out: 'dist/data',
  timezone: 'UTC',
  strict: false,
  maxPostBytes: 2 * 1024 * 1024,
  maxDepth: SANITIZE_POLICY.maxDepth,
  workers: 2,
  title: 'Broadsheet',
  language: 'zh-CN',
  permalink: ':year/:month/:day/:title/',
  postTimeoutMs: 20_000,
  base: '/',
}

/** What callers may give: any field left out (or undefined) takes its default. */
export type ConfigInput = { [K in keyof Config]?: Config[K] | undefined }

/** Defaults filled in, folders made absolute and the base normalised; a resolved config is left as it is. */
export function resolveConfig(input: ConfigInput, cwd = process.cwd()): Config {
  const config = { ...DEFAULT_CONFIG, ...stripUndefined(input) }
  return {
    ...config,
    posts: resolve(cwd, config.posts),
    out: resolve(cwd, config.out),
    base: normalizeBase(config.base),
  }
}

/** `news`, `/news`, `news/` → `/news/`; empty → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
