import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { broadsheetBundle } from './src/builder/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), broadsheetBundle()],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
})
