/**
 * A minimal real Hexo site around a synthetic corpus, as `hexo init` would lay one out (it cannot
 * run here: it clones its starter from GitHub): package.json, _config.yml, the bench's theme and
 * the posts in source/_posts/. Hexo and its plugins are this project's devDependencies.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { themeFiles } from './theme'

const THEME = 'broadsheet-bench'
/** Post pages go under this folder of the output, so that they can be counted. */
export const POSTS_DIR = 'p'
/** Entries per list page: as the reader's list pages. */
const PER_PAGE = 20

/** Hexo and the `hexo-*` plugins of our devDependencies, at the versions installed. */
function hexoPackages(projectRoot: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>
  }
  const installed = (name: string): string =>
    (
      JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string
      }
    ).version
  return Object.fromEntries(
    Object.keys(pkg.devDependencies ?? {})
      .filter((name) => name === 'hexo' || name.startsWith('hexo-'))
      .map((name) => [name, installed(name)]),
  )
}

// Hexo's defaults stand for the rest (highlight.js for code, marked's defaults, yearly and
// monthly archives); only what a site sets about itself, and the list sizes, are here.
const config = (posts: number): string => `title: Broadsheet bench (${posts} posts)
description: A synthetic news archive
author: Broadsheet bench
language: zh-CN
timezone: UTC
url: http://example.com
permalink: ${POSTS_DIR}/:year/:month/:day/:title/
per_page: ${PER_PAGE}
theme: ${THEME}
index_generator:
  path: ''
  per_page: ${PER_PAGE}
  order_by: -date
archive_generator:
  per_page: ${PER_PAGE}
  yearly: true
  monthly: true
category_generator:
  per_page: ${PER_PAGE}
tag_generator:
  per_page: ${PER_PAGE}
`

/**
 * Writes a fresh site into `dir` (anything there is removed first, so that Hexo's database and
 * public folder start empty) with the posts of `corpusDir`. Returns the packages the site lists:
 * Hexo's and its plugins' versions.
 */
export function writeHexoSite(options: {
  dir: string
  corpusDir: string
  posts: number
  projectRoot: string
}): Record<string, string> {
  const { dir, corpusDir, posts, projectRoot } = options
  rmSync(dir, { recursive: true, force: true })
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const packages = hexoPackages(projectRoot)
  const version = packages.hexo
  if (version === undefined) throw new Error('hexo is not among the devDependencies')
  // `hexo` in package.json is how hexo-cli recognises a site folder; it loads the plugins
  // listed in `dependencies` from the site's node_modules.
  write(
    'package.json',
    `${JSON.stringify({ name: 'hexo-bench-site', private: true, hexo: { version }, dependencies: packages }, null, 2)}\n`,
  )
  write('_config.yml', config(posts))
  for (const [path, text] of Object.entries(themeFiles)) write(join('themes', THEME, path), text)
  // Only the posts: the corpus folder also holds the cache's marker file.
  cpSync(corpusDir, join(dir, 'source/_posts'), {
    recursive: true,
    filter: (source) => !source.slice(corpusDir.length).includes('/.'),
  })
  symlinkSync(resolve(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return packages
}
