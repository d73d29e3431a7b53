// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, render, screen } from '@testing-library/react'
import type { ComponentType } from 'react'
import { Profiler } from 'react'
import { afterEach, expect, it, vi } from 'vitest'
import { SidePart } from './side-part'

vi.mock('../lib/api/get-entry', () => ({ useEntry: () => ({ tree: 't', calendar: 'c' }) }))

afterEach(cleanup)

const Part = () => <p>the tree</p>
const Failed = () => <p>failed</p>

it('shows its skeleton until the part is in, then the part, and nothing around it renders again', async () => {
  let arrive!: (part: ComponentType) => void
  const load = () => new Promise<ComponentType>((resolve) => (arrive = resolve))
  let pageCommits = 0
  const Page = () => <main>the page</main>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SidePart
        load={load}
        enabled
        fallback={Failed}
        skeleton={<p>skeleton</p>}
        resetKey="/"
        yields
      />
      <Profiler id="page" onRender={() => (pageCommits += 1)}>
        <Page />
      </Profiler>
    </QueryClientProvider>,
  )
  expect(screen.getByText('skeleton')).toBeTruthy()
  expect(pageCommits).toBe(1)
  await act(async () => arrive(Part))
  expect(screen.getByText('the tree')).toBeTruthy()
  expect(screen.queryByText('skeleton')).toBeNull()
  // The part's arrival is the column's own state: the page beside it is not rendered again.
  expect(pageCommits).toBe(1)
})
