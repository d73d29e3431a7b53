import { mergeConfig } from 'vite'
import base from './vite.config.ts'
export default mergeConfig(base, { build: { minify: 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020, module: true } } })
