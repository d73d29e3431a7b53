/**
 * Installs a packed broadsheet into a folder with no network: a package-lock pins every package it
 * needs to the version and tarball this checkout's own lock names, so `npm ci --offline` takes
 * them all from the npm cache (an install from a lock fetches tarballs, never the registry's
 * package lists, which a plain `npm install --offline` of the tarball would need).
 */
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

interface LockEntry {
  version?: string
  resolved?: string
  integrity?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  dev?: boolean
  devOptional?: boolean
  peer?: boolean
  optional?: boolean
  [key: string]: unknown
}

/** Where Node finds `name` from the package at `from` (a lock path): its own node_modules, then its ancestors'. */
function locate(
  packages: Record<string, LockEntry>,
  from: string,
  name: string,
): string | undefined {
  let dir = from
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!dir) return undefined
    const cut = dir.lastIndexOf('/node_modules/')
    dir = cut < 0 ? '' : dir.slice(0, cut)
  }
}

/** Every lock path the root's runtime dependencies reach, as Node would resolve them. */
function runtimeClosure(packages: Record<string, LockEntry>): string[] {
  const seen = new Set<string>()
  const queue: [string, Record<string, string> | undefined][] = [['', packages['']?.dependencies]]
  while (queue.length > 0) {
    const [from, deps] = queue.shift()!
    for (const name of Object.keys(deps ?? {})) {
      const path = locate(packages, from, name)
      if (!path || seen.has(path)) continue
      seen.add(path)
      const entry = packages[path]!
      const peers = Object.keys(entry.peerDependencies ?? {}).filter(
        (peer) => !entry.peerDependenciesMeta?.[peer]?.optional,
      )
      queue.push([
        path,
        {
          ...entry.dependencies,
          ...entry.optionalDependencies,
          ...Object.fromEntries(peers.map((peer) => [peer, '*'])),
        },
      ])
    }
  }
  return [...seen].sort()
}

/** Writes `dir`'s package.json and lock for `tarball` (in `dir`), then runs `npm ci --offline`. */
export function installOffline(repo: string, dir: string, tarball: string) {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as LockEntry & {
    name: string
    bin?: Record<string, string>
    engines?: Record<string, string>
  }
  const file = `file:${basename(tarball)}`
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`
  const packages: Record<string, LockEntry> = {
    '': { name: 'try-broadsheet', dependencies: { broadsheet: file } },
    'node_modules/broadsheet': {
      version: manifest.version,
      resolved: file,
      integrity,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  }
  for (const path of runtimeClosure(lock.packages)) {
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[path]!
    packages[path] = entry
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'try-broadsheet', private: true, dependencies: { broadsheet: file } }),
  )
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'try-broadsheet', lockfileVersion: 3, requires: true, packages }),
  )
  return spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    encoding: 'utf8',
  })
}
