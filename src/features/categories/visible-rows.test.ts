import { describe, expect, it } from 'vitest'
import type { CategoryNode } from '../../bundle/format'
import { categoryKey } from '../../lib/category-tree'
import { visibleRows } from './visible-rows'

const node = (name: string, children: CategoryNode[] = []): CategoryNode => ({
  name,
  n: 1,
  children,
})
const roots = [
  node('金融', [node('新浪财经', [node('国内'), node('美股')]), node('长河期货')]),
  node('科技', [node('数码')]),
]
const shown = (rows: ReturnType<typeof visibleRows>) =>
  rows.map((r) => `${'  '.repeat(r.path.length - 1)}${r.node.name}${r.open ? ' ▾' : ''}`)

describe('visibleRows', () => {
  it('shows the roots, and opens the way to the current category', () => {
    expect(shown(visibleRows(roots, [], {}))).toEqual(['金融', '科技'])
    const rows = visibleRows(roots, ['金融', '新浪财经'], {})
    expect(shown(rows)).toEqual([
      '金融 ▾',
      '  新浪财经 ▾',
      '    国内',
      '    美股',
      '  长河期货',
      '科技',
    ])
    expect(rows.filter((r) => r.isCurrent).map((r) => r.node.name)).toEqual(['新浪财经'])
    expect(rows.filter((r) => r.onPath).map((r) => r.node.name)).toEqual(['金融', '新浪财经'])
  })

  it('lets the reader’s toggles win, and says where each row sits among its siblings', () => {
    const toggles = { [categoryKey(['金融'])]: false, [categoryKey(['科技'])]: true }
    const rows = visibleRows(roots, ['金融', '新浪财经'], toggles)
    expect(shown(rows)).toEqual(['金融', '科技 ▾', '  数码'])
    expect(rows.map((r) => [r.position, r.siblings])).toEqual([
      [1, 2],
      [2, 2],
      [1, 1],
    ])
  })

  it('never opens a leaf', () => {
    const rows = visibleRows(roots, [], {
      [categoryKey(['科技', '数码'])]: true,
      [categoryKey(['科技'])]: true,
    })
    expect(rows.at(-1)).toMatchObject({ open: false, key: categoryKey(['科技', '数码']) })
  })
})
