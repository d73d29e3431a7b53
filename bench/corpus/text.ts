/** Sentences, paragraphs and titles built from the word lists. */
import type { Random } from './random'
import { en } from './words-en'
import { zh } from './words-zh'

export type Lang = 'zh' | 'en'

function zhSentence(r: Random): string {
  switch (r.int(0, 4)) {
    case 0:
      return `${r.pick(zh.leads)}，${r.pick(zh.places)}${r.pick(zh.subjects)}${r.pick(zh.verbs)}${r.pick(zh.objects)}，${r.pick(zh.results)}。`
    case 1:
      return `${r.pick(zh.leads)}，${r.pick(zh.subjects)}${r.pick(zh.verbs)}${r.pick(zh.objects)}的步伐明显加快，${r.pick(zh.results)}。`
    case 2:
      return `一位${r.pick(zh.subjects)}相关负责人表示：${r.pick(zh.quotes)}`
    case 3:
      return `${r.pick(zh.leads)}，${r.pick(zh.objects)}${r.pick(zh.results)}，但${r.pick(zh.risks)}。`
    default:
      return `数据显示，${r.int(1, 12)}月${r.pick(zh.places)}${r.pick(zh.objects)}规模达到${r.int(2, 980)}${r.pick(zh.units)}，同比${r.pick(zh.changes)}${r.int(1, 40)}.${r.int(0, 9)}%。`
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

function enSentence(r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(en.leads)} ${lowerFirst(r.pick(en.subjects))} ${r.pick(en.verbs)} ${r.pick(en.objects)} ${r.pick(en.complements)}.`
    case 1:
      return `${r.pick(en.subjects)} ${r.pick(en.verbs)} ${r.pick(en.objects)}, and ${r.pick(en.results)}.`
    case 2:
      return `"${r.pick(en.quotes)}," said ${r.pick(en.speakers)}.`
    default:
      return `${r.pick(en.leads)} ${r.pick(en.results)}.`
  }
}

export function sentence(r: Random, lang: Lang): string {
  return lang === 'zh' ? zhSentence(r) : enSentence(r)
}

export function paragraph(r: Random, lang: Lang): string {
  const parts: string[] = []
  const count = r.int(2, 5)
  for (let i = 0; i < count; i++) parts.push(sentence(r, lang))
  return parts.join(lang === 'zh' ? '' : ' ')
}

export function title(r: Random, lang: Lang): string {
  if (lang === 'en') {
    const head = `${r.pick(en.headSubjects)} ${r.pick(en.headVerbs)} ${r.pick(en.objects)}`
    return r.chance(0.3) ? `${head}: ${r.pick(en.titleTails)}` : head
  }
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(zh.places)}${r.pick(zh.verbs)}${r.pick(zh.objects)} ${r.pick(zh.titleTails)}`
    case 1:
      return `${r.pick(zh.subjects)}${r.pick(zh.verbs)}${r.pick(zh.objects)}`
    case 2:
      return `${r.int(2020, 2022)}年${r.pick(zh.objects)}观察：${r.pick(zh.titleTails)}`
    default:
      return `${r.pick(zh.subjects)}${r.pick(zh.objects)}${r.pick(zh.results)}，${r.pick(zh.titleTails)}`
  }
}

export function editorName(r: Random): string {
  return `${r.pick(zh.surnames)}${r.pick(zh.givenNames)} SF${String(r.int(1, 99)).padStart(3, '0')}`
}

export function caption(r: Random, lang: Lang): string {
  return lang === 'zh'
    ? `${r.pick(zh.objects)}${r.pick(zh.captions)}`
    : `${r.pick(en.objects)}, photographed last week`
}
