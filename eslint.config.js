import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'

export default tseslint.config(
  {
    name: 'ignores',
    ignores: [
      '.*.mjs',
      '.*.ts',
      'dist',
      'dist.*',
      'node_modules',
      '.cache',
      'bench/.corpora',
      'test-results',
      'playwright-report',
      'dev-dist',
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
    ignores: ['src/builder/cli.ts', '**/*.test.*', '**/__tests__/**'],
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
  // Imports go one way: app → features → components/lib/bundle; the builder never reaches the app.
  {
    name: 'boundaries/builder',
    files: ['src/builder/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/features/**', '**/components/**', '**/lib/**'],
              message: 'The builder must not import app code.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'boundaries/bundle-and-sanitize',
    files: ['src/bundle/**', 'src/sanitize/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/app/**',
                '**/features/**',
                '**/components/**',
                '**/lib/**',
                '**/builder/**',
                'node:*',
              ],
              message: 'The contract and the policy stay free of app, builder and Node code.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'boundaries/shared-ui',
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/features/**', '**/builder/**'],
              message: 'Shared code must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
  // Features never import each other: a relative path that climbs out of its own feature folder
  // into a sibling is refused (the depth of the file decides how far `../` reaches).
  ...[1, 2, 3].map((depth) => ({
    name: `boundaries/features/depth-${depth}`,
    files: [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/builder/**'],
              message: 'Features must not import the app or the builder.',
            },
            {
              regex: `^${'\\.\\./'.repeat(depth)}(?!\\.\\.|components/|lib/|bundle/|sanitize/)`,
              message: 'Features never import each other: move shared code to components/ or lib/.',
            },
          ],
        },
      ],
    },
  })),
)
