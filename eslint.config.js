import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'

const root = import.meta.dirname
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const tests = ['**/__tests__/**', '**/*.test.*']
// Code the builder and the contract must never reach: everything that runs in the reader.
const appCode = [
  './src/app',
  './src/features',
  './src/components',
  './src/lib',
  './src/first-paint',
]

// Boundaries on resolved paths: an import is judged by the file it resolves to, however many
// `../` it climbs. Imports go one way: app → features → components/lib → bundle/sanitize.
const productionZones = [
  {
    target: './src/builder',
    from: appCode,
    message: 'The builder never imports app code; what both need lives in src/bundle.',
  },
  {
    target: ['./src/bundle', './src/sanitize'],
    from: [...appCode, './src/builder'],
    message: 'The contract and the policy stay free of app and builder code.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/app', './src/features', './src/builder', './src/first-paint'],
    message: 'Shared code must not import features, the app or the builder.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/builder', './src/first-paint'],
    message: 'Features must not import the app, the builder or the first paint.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move shared code to src/components or src/lib.',
  })),
  {
    // The first paint runs before React and must stay small: it shares only the contract, the
    // policy and the two folders of src/lib kept for it (src/builder/vite/app-layout.ts).
    target: './src/first-paint',
    from: './src',
    except: ['./bundle', './sanitize', './lib/core', './lib/article-core', './first-paint'],
    message:
      'The first paint imports only src/bundle, src/sanitize, src/lib/core and src/lib/article-core.',
  },
  {
    target: `${root}/src/!(first-paint)/**`,
    from: `${root}/src/first-paint/**`,
    message: 'Nothing imports the first paint: it is its own entry point.',
  },
]

export default tseslint.config(
  {
    name: 'ignores',
    ignores: [
      '.*.mjs',
      '.*.ts',
      'dist',
      'dist.*',
      'dist-*',
      'node_modules',
      '.cache',
      'bench/.corpora',
      'test-results',
      'playwright-report',
      'dev-dist',
      'prebuilt',
      // Deliberately broken inputs (the lint-rules test lints them on purpose).
      '**/__tests__/fixtures/**',
    ],
  },
  { name: 'js', ...js.configs.recommended },
  ...tseslint.configs.recommended,
  {
    name: 'app',
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    name: 'public-scripts',
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    name: 'node',
    files: ['src/builder/**', 'bench/**', 'e2e/**', 'test-support/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'no-console-in-libraries',
    files: ['src/**'],
    ignores: ['src/builder/cli.ts', ...tests],
    rules: { 'no-console': 'error' },
  },
  {
    name: 'unused',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    name: 'imports',
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files when it follows imports to find cycles.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: `${root}/tsconfig.json`,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    name: 'boundaries',
    files: ['src/**'],
    ignores: tests,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: productionZones }],
    },
  },
  {
    // Tests may reach across layers to compare them (the first paint against the React view),
    // but never into the builder from app code, nor across features.
    name: 'boundaries/tests',
    files: tests.map((glob) => `src/${glob}`),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: productionZones.filter((zone) => !String(zone.target).includes('first-paint')),
        },
      ],
    },
  },
  {
    name: 'boundaries/no-node-in-contract',
    files: ['src/bundle/**', 'src/sanitize/**'],
    ignores: tests,
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    name: 'file-names',
    files: ['**/*.{js,mjs,ts,tsx,css}'],
    plugins: { 'check-file': checkFile },
    rules: {
      // Only the first segment is checked, so `.test.ts`, `.d.ts` and `.config.ts` are allowed.
      'check-file/filename-naming-convention': [
        'error',
        { '**/*': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // ESLint reads only scripts; this processor hands it stylesheets as empty files so that their
    // names are checked too.
    name: 'file-names/css',
    files: ['**/*.css'],
    processor: 'check-file/eslint-processor-check-file',
  },
)
