// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

const rendered = vi.fn<(name: string) => void>()
const renders = (name: string) => rendered.mock.calls.filter(([n]) => n === name).length

// The store keeps its state in the module: each test loads it afresh over its own storage.
beforeEach(() => {
  sessionStorage.clear()
  vi.resetModules()
})
const load = () => import('./tree-toggles')

function Probe({ use, name }: { use: (key: string) => boolean | undefined; name: string }) {
  const value = use(name)
  rendered(name)
  return <p data-testid={name}>{String(value)}</p>
}

it('reads what an earlier page of the tab kept, and ignores what is not a toggle', async () => {
  sessionStorage.setItem('broadsheet.tree', JSON.stringify({ a: true, b: 'yes', c: false }))
  const { useToggle } = await load()
  render(
    <>
      <Probe use={useToggle} name="a" />
      <Probe use={useToggle} name="b" />
      <Probe use={useToggle} name="c" />
    </>,
  )
  expect(['a', 'b', 'c'].map((k) => screen.getByTestId(k).textContent)).toEqual([
    'true',
    'undefined',
    'false',
  ])
})

it('keeps a toggle for the tab and renders only the node it belongs to', async () => {
  sessionStorage.setItem('broadsheet.tree', '[not json')
  const { setToggle, useToggle } = await load()
  render(
    <>
      <Probe use={useToggle} name="x" />
      <Probe use={useToggle} name="y" />
    </>,
  )
  const before = { x: renders('x'), y: renders('y') }
  act(() => setToggle('x', true))
  expect(screen.getByTestId('x').textContent).toBe('true')
  expect(renders('x')).toBe(before.x + 1)
  expect(renders('y')).toBe(before.y)
  expect(JSON.parse(sessionStorage.getItem('broadsheet.tree')!)).toEqual({ x: true })
})
