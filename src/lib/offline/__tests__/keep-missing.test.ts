import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SavedEntry } from '../../reading/reading-db'
import { isKept, keepArticle } from '../keep-article'
import { keepMissing } from '../keep-missing'

const saved = new Map<string, boolean>()
vi.mock('../keep-article', () => ({ isKept: vi.fn(), keepArticle: vi.fn() }))
vi.mock('../../reading/use-read-marks', () => ({
  savedStore: () => Promise.resolve({ get: (id: string) => saved.get(id) }),
}))

const entry = (id: string): SavedEntry => ({ id, title: id, date: '2022-01-01', at: 1 })
const qc = new QueryClient()

afterEach(() => {
  vi.clearAllMocks()
  saved.clear()
  vi.unstubAllGlobals()
})

describe('keepMissing', () => {
  it('keeps again only what is saved and not in the cache', async () => {
    vi.mocked(isKept).mockImplementation(async (_, id) => id === 'kept')
    saved.set('unsaved', false)
    await keepMissing(qc, [entry('kept'), entry('lost'), entry('unsaved')])
    expect(vi.mocked(keepArticle).mock.calls.map(([, id]) => id)).toEqual(['lost'])
  })

  it('joins a pass already running instead of keeping the same articles twice', async () => {
    vi.mocked(isKept).mockResolvedValue(false)
    await Promise.all([keepMissing(qc, [entry('lost')]), keepMissing(qc, [entry('lost')])])
    expect(keepArticle).toHaveBeenCalledTimes(1)
    await keepMissing(qc, [entry('lost')])
    expect(keepArticle).toHaveBeenCalledTimes(2)
  })

  it('does nothing offline', async () => {
    vi.stubGlobal('navigator', { onLine: false })
    await keepMissing(qc, [entry('lost')])
    expect(isKept).not.toHaveBeenCalled()
    expect(keepArticle).not.toHaveBeenCalled()
  })
})
