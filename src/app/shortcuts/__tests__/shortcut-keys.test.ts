import { describe, expect, it } from 'vitest'
import { SHORTCUTS, shortcutFor } from '../shortcut-keys'

const key = (k: string, more: Partial<Parameters<typeof shortcutFor>[0]> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 0,
  ...more,
})

describe('shortcutFor', () => {
  it('maps single keys and two-key sequences', () => {
    expect(shortcutFor(key('j'), undefined)).toBe('next-entry')
    expect(shortcutFor(key('?'), undefined)).toBe('help')
    expect(shortcutFor(key('g'), undefined)).toBe('pending')
    expect(shortcutFor(key('h'), 'g')).toBe('go-home')
    expect(shortcutFor(key('a'), 'g')).toBe('go-archive')
  })

  it('leaves every other key, and a sequence gone wrong, to the page', () => {
    expect(shortcutFor(key('x'), undefined)).toBeUndefined()
    expect(shortcutFor(key('j'), 'g')).toBeUndefined()
    expect(shortcutFor(key('h'), undefined)).toBeUndefined()
  })

  it('never acts with a modifier or while an input method composes', () => {
    expect(shortcutFor(key('j', { ctrlKey: true }), undefined)).toBeUndefined()
    expect(shortcutFor(key('k', { metaKey: true }), undefined)).toBeUndefined()
    expect(shortcutFor(key('m', { altKey: true }), undefined)).toBeUndefined()
    expect(shortcutFor(key('j', { isComposing: true }), undefined)).toBeUndefined()
    expect(shortcutFor(key('Process', { keyCode: 229 }), undefined)).toBeUndefined()
  })

  it('has one action per key sequence', () => {
    const keys = SHORTCUTS.map((s) => s.keys)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
