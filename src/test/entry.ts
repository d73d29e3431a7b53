import type { Entry } from '../bundle/format'
import { FORMAT_VERSION } from '../bundle/format'

/** An entry.json for tests: a small Chinese site in Shanghai time, with what a test overrides. */
export function testEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    format: FORMAT_VERSION,
    buildId: 'b1',
    site: { title: '新闻存档', language: 'zh-CN', timezone: 'Asia/Shanghai', permalink: ':title/' },
    counts: { articles: 1, categories: 1, days: 1 },
    pageSize: 20,
    latest: { h: 'latest', n: 1 },
    tree: 't',
    calendar: 'c',
    idShards: ['only'],
    aliases: 'al',
    search: 's',
    ...overrides,
  }
}
