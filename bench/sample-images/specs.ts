/** What each sample image shows. Muted colours, so they sit quietly in a newspaper reader. */
export interface ImageSpec {
  name: string
  from: string
  to: string
  /** Gradient angle in degrees. */
  angle: number
  word: string
  /** Also write a 400×300 list thumbnail, `thumb-<name>.jpg`. */
  thumb?: boolean
}

export const headers: ImageSpec[] = [
  {
    name: 'finance-harbour',
    from: '#4f5f6e',
    to: '#b3bcbd',
    angle: 120,
    word: '港口 · 岁末',
    thumb: true,
  },
  { name: 'finance-power', from: '#5e5a50', to: '#c4baa5', angle: 150, word: '电网 · 冬季' },
  { name: 'markets', from: '#39434e', to: '#8e9ba6', angle: 100, word: 'Markets' },
  { name: 'tech-desk', from: '#6f7967', to: '#d2cfc2', angle: 135, word: '看板', thumb: true },
  { name: 'tech-tools', from: '#85796c', to: '#dcd5c8', angle: 160, word: '工具箱' },
  { name: 'hn-terminal', from: '#2c3636', to: '#6c817c', angle: 110, word: '$ build' },
  { name: 'rss-signal', from: '#86594a', to: '#d9c6aa', angle: 140, word: 'RSS' },
  { name: 'time-zones', from: '#414c66', to: '#b9bbc7', angle: 125, word: 'UTC+8', thumb: true },
  {
    name: 'games-lighthouse',
    from: '#2d3b4c',
    to: '#9b907e',
    angle: 95,
    word: '灯塔守夜人',
    thumb: true,
  },
  { name: 'games-pixel', from: '#5a6b57', to: '#c9c3a6', angle: 150, word: '像素 · 钓鱼' },
  { name: 'frontend-weekly', from: '#665646', to: '#d0c7b5', angle: 130, word: 'JS 周刊' },
  { name: 'design-type', from: '#4b4743', to: '#bfb7a8', angle: 115, word: 'Type & Measure' },
  { name: 'design-palette', from: '#8a7768', to: '#e2d9ca', angle: 145, word: 'Palette' },
  {
    name: 'reading-shelf',
    from: '#574c42',
    to: '#cbbda6',
    angle: 105,
    word: '旧书 · 年历',
    thumb: true,
  },
]

/** Inline figures inside article bodies, 800×450. */
export const figures: ImageSpec[] = [
  { name: 'figure-port', from: '#56687a', to: '#c6cccb', angle: 170, word: '集装箱码头' },
  { name: 'figure-dashboard', from: '#6a7263', to: '#dedbd0', angle: 140, word: 'Dashboard' },
  { name: 'figure-game', from: '#33404f', to: '#a89c86', angle: 100, word: '实机演示' },
  { name: 'figure-keyboard', from: '#6e6a62', to: '#d6d1c6', angle: 130, word: '⌘ ⌥ ⇧' },
]
