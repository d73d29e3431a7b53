/** Markdown bodies: headings, lists, a GFM table, a code fence, links and images. */
import type { BodyInput } from './body-html'
import { paragraph, sentence } from './text'

const fence = '```'

export function markdownBody(input: BodyInput): string {
  const { r, lang } = input
  const blocks: string[] = []
  for (let i = 0; i < input.paragraphs; i++) {
    if (i % 3 === 0) blocks.push(`## ${sentence(r, lang).slice(0, 28)}`)
    blocks.push(paragraph(r, lang))
    const roll = r.next()
    if (roll < 0.1) {
      blocks.push(
        `- ${sentence(r, lang)}\n- ${sentence(r, lang)}\n- [${r.hex(6)}](https://example.com/${r.hex(8)})`,
      )
    } else if (roll < 0.15) {
      blocks.push(
        `| key | value |\n| --- | --- |\n| ${r.hex(4)} | ${r.int(1, 999)} |\n| ${r.hex(4)} | ${r.int(1, 999)} |`,
      )
    } else if (roll < 0.2) {
      blocks.push(
        `${fence}js\nconst total = items.reduce((sum, item) => sum + item.size, ${r.int(0, 9)})\n${fence}`,
      )
    } else if (roll < 0.25) {
      blocks.push(`![${lang === 'zh' ? '配图' : 'figure'}](${input.image()})`)
    } else if (roll < 0.28) {
      blocks.push(`> ${sentence(r, lang)}`)
    }
  }
  return blocks.join('\n\n') + '\n'
}
