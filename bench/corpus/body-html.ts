/** HTML bodies: the Sina shape (indented paragraphs, figures, boilerplate) and a plainer feed shape. */
import { sinaTail } from './boilerplate'
import type { Random } from './random'
import { caption, editorName, paragraph, sentence } from './text'
import type { Lang } from './text'

export interface BodyInput {
  r: Random
  lang: Lang
  title: string
  paragraphs: number
  /** Makes one remote image URL of the post's kind. */
  image: () => string
}

const indent = '\u3000\u3000'

function figure(input: BodyInput, id: number): string {
  const { r, lang } = input
  const text = r.chance(0.7) ? caption(r, lang) : ''
  return `<div class="img_wrapper"><img id="${id}" style="max-width: 640px;" src="${input.image()}" alt referrerpolicy="no-referrer"><span class="img_descr">${text}</span></div>`
}

export function sinaBody(input: BodyInput): string {
  const { r, lang } = input
  const pad = lang === 'zh' ? indent : ''
  const lines = ['<div>   ']
  if (r.chance(0.5)) lines.push(`<p>${pad}${input.title}</p>`)
  const figures = r.chance(0.5) ? r.int(1, 3) : 0
  let figureId = 0
  for (let i = 0; i < input.paragraphs; i++) {
    let text = paragraph(r, lang)
    if (r.chance(0.15)) text += `<font cms-style="font-L strong-Bold">${sentence(r, lang)}</font>`
    lines.push(`<p cms-style="font-L">${pad}${text}</p>`)
    if (figureId < figures && r.chance(0.4)) lines.push(figure(input, figureId++))
  }
  lines.push(sinaTail(input.image(), editorName(r)))
  return lines.join('\n')
}

export function htmlBody(input: BodyInput): string {
  const { r, lang } = input
  const lines = ['<div>   ']
  if (r.chance(0.3)) lines.push(`<p><img src="${input.image()}" referrerpolicy="no-referrer"></p>`)
  for (let i = 0; i < input.paragraphs; i++) {
    if (i > 0 && r.chance(0.12)) lines.push(`<h2>${sentence(r, lang).slice(0, 24)}</h2>`)
    const text = paragraph(r, lang)
    const roll = r.next()
    if (roll < 0.1) {
      lines.push(`<blockquote><p>${text}</p></blockquote>`)
    } else if (roll < 0.2) {
      lines.push(`<p>${text}</p>`)
      lines.push(`<ul>\n<li>${sentence(r, lang)}</li>\n<li>${sentence(r, lang)}</li>\n</ul>`)
    } else if (roll < 0.28) {
      const label = lang === 'zh' ? '原文链接' : 'Source'
      lines.push(
        `<p>${text} <a href="https://example.com/${r.hex(8)}" target="_blank">${label}</a></p>`,
      )
    } else {
      lines.push(`<p>${r.chance(0.2) ? `<strong>${sentence(r, lang)}</strong>` : ''}${text}</p>`)
    }
    if (r.chance(0.05)) lines.push(figure(input, i))
    if (r.chance(0.04)) lines.push(`<p><img data-src="${input.image()}" class="lazy" alt></p>`)
  }
  if (r.chance(0.05)) {
    lines.push('<table><tr><th>项目</th><th>数值</th></tr>')
    for (let i = 0; i < 4; i++)
      lines.push(`<tr><td>${r.hex(4)}</td><td>${r.int(1, 9999)}</td></tr>`)
    lines.push('</table>')
  }
  lines.push('</div>\n            ')
  return lines.join('\n')
}

export function plainBody(input: BodyInput): string {
  const parts: string[] = []
  for (let i = 0; i < input.paragraphs; i++) parts.push(paragraph(input.r, input.lang))
  // About half of the archive's plain-text posts are still wrapped in a bare <div>.
  return input.r.chance(0.5)
    ? `<div>   \n${parts.join('\n\n')}\n</div>\n            `
    : parts.join('\n\n')
}
