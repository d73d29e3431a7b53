import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Each rule the layout depends on must bite: a snippet that breaks it, linted at a path in the
// real tree (imports resolve to real files), reports that rule; a snippet that keeps it is clean.
const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

const ZONE = 'import-x/no-restricted-paths'

describe('lint', () => {
  it.each([
    [
      'a feature imports another feature',
      'src/features/archive/probe.ts',
      '../article/api/get-article',
    ],
    [
      'a feature imports another feature from deeper down',
      'src/features/archive/components/probe.ts',
      '../../../features/article/api/get-article',
    ],
    ['shared code imports a feature', 'src/lib/probe.ts', '../features/archive/messages'],
    ['a shared component imports the app', 'src/components/probe.ts', '../app/messages'],
    ['the builder imports app code', 'src/builder/probe.ts', '../lib/core/paths'],
    ['the contract imports the builder', 'src/bundle/probe.ts', '../builder/config'],
    ['the sanitizer imports app code', 'src/sanitize/probe.ts', '../lib/core/paths'],
    ['the first paint imports the app', 'src/first-paint/probe.ts', '../app/messages'],
    [
      'the first paint imports src/lib beyond the folders kept for it',
      'src/first-paint/probe.ts',
      '../lib/query-client',
    ],
    [
      'the first paint imports a feature',
      'src/first-paint/probe.ts',
      '../features/archive/messages',
    ],
    ['the app imports the first paint', 'src/app/probe.ts', '../first-paint/article-dom'],
  ])('refuses an import across a boundary: %s', async (_, filePath, from) => {
    expect(await rulesFor(filePath, `import * as m from '${from}'\nexport { m }\n`)).toEqual([ZONE])
  })

  it('judges the resolved file, not the spelling of the path', async () => {
    // Climbs out of src and back in: a regex on `../` depth would not see the feature it reaches.
    const from = '../../../../src/features/article/api/get-article'
    const code = `import * as m from '${from}'\nexport { m }\n`
    expect(await rulesFor('src/features/archive/components/probe.ts', code)).toEqual([ZONE])
  })

  it('refuses a lazy import across a boundary too', async () => {
    const code = `export const load = () => import('../features/archive/messages')\n`
    expect(await rulesFor('src/lib/probe.ts', code)).toEqual([ZONE])
  })

  it('allows the imports that go the right way', async () => {
    const code = [
      `import * as a from '../../../lib/core/paths'`,
      `import * as b from '../../../components/page-heading'`,
      `import * as c from '../../../bundle/format'`,
      `import * as d from '../messages'`,
      `export { a, b, c, d }`,
      '',
    ].join('\n')
    expect(await rulesFor('src/features/archive/components/probe.ts', code)).toEqual([])
    const firstPaint = [
      `import * as a from '../lib/core/paths'`,
      `import * as b from '../lib/article-core/reading'`,
      `import * as c from '../sanitize/dompurify'`,
      `export { a, b, c }`,
      '',
    ].join('\n')
    expect(await rulesFor('src/first-paint/probe.ts', firstPaint)).toEqual([])
  })

  it('keeps Node modules out of the contract and the policy', async () => {
    const code = `import { readFileSync } from 'node:fs'\nexport { readFileSync }\n`
    expect(await rulesFor('src/bundle/probe.ts', code)).toEqual(['import-x/no-nodejs-modules'])
    expect(await rulesFor('src/sanitize/probe.ts', code)).toEqual(['import-x/no-nodejs-modules'])
    expect(await rulesFor('src/builder/probe.ts', code)).toEqual([])
  })

  it('refuses an import cycle', async () => {
    // The fixtures are real files (a cycle needs both ends on disk) that lint skips normally.
    const withFixtures = new ESLint({ cwd: root, ignore: false })
    const [result] = await withFixtures.lintFiles(['src/__tests__/fixtures/cycle/first.ts'])
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle'])
  })

  it.each([
    ['src/lib/FetchJson.ts', 'export const x = 1\n'],
    ['src/lib/fetch_json.ts', 'export const x = 1\n'],
    ['src/components/PageHeading.tsx', 'export const x = 1\n'],
    ['src/app/styles/sideColumns.css', ''],
  ])('refuses a file name that is not kebab-case: %s', async (filePath, code) => {
    expect(await rulesFor(filePath, code)).toEqual(['check-file/filename-naming-convention'])
  })

  it.each([
    'src/lib/fetch-json.ts',
    'src/lib/fetch-json.test.ts',
    'src/vite-env.d.ts',
    'vitest.config.ts',
    'src/app/styles/layout.css',
  ])('accepts a kebab-case name with dotted suffixes: %s', async (filePath) => {
    expect(await rulesFor(filePath, filePath.endsWith('.css') ? '' : 'export {}\n')).toEqual([])
  })
})
