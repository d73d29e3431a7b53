import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Builder tests run in Node; app tests opt into jsdom with a `// @vitest-environment jsdom` line.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'test-support/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    setupFiles: ['src/test/async-wait.ts'],
    pool: 'forks',
  },
})
