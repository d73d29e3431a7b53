#!/usr/bin/env node
// The builder is TypeScript, run through tsx's loader (its worker threads register it themselves).
import { register } from 'tsx/esm/api'

register()
await import('../src/builder/cli.ts')
