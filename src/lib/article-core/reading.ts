import type { Article, SiteInfo } from '../../bundle/format'
import { isPlaceholderImage } from '../../bundle/placeholder-image'

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g

/** True when at least a fifth of the letters in `text` are CJK: enough to set it as Chinese. */
export function looksCjk(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0
  const letters = text.replace(/[\s\p{P}\p{S}\d]/gu, '').length
  return letters > 0 && cjk / letters >= 0.2
}

/** The `lang` to set on the article: the site's language, unless the title says otherwise. */
export function articleLang(siteLanguage: string, title: string): string {
  const siteIsCjk = /^(zh|ja|ko)\b/i.test(siteLanguage)
  if (looksCjk(title)) return siteIsCjk ? siteLanguage : 'zh'
  return siteIsCjk && title.trim() ? 'en' : siteLanguage || 'en'
}

/**
 * Whole minutes to read `textLength` characters, at least one. Chinese is read at about
 * 400 characters a minute; Latin text at about 220 words, taking five characters a word.
 */
export function readingMinutes(textLength: number, cjk: boolean): number {
  const perMinute = cjk ? 400 : 220 * 5
  return Math.max(1, Math.round(Math.max(0, textLength) / perMinute))
}

/**
 * How the article view sets an article: its `lang`, whether it reads as Chinese (for the reading
 * time), and its header image if it has a real one. Shared by ArticleView and the first paint.
 */
export function articlePresentation(article: Article, site: SiteInfo) {
  const lang = articleLang(site.language, article.title)
  const cjk = looksCjk(article.title) || (/^zh/i.test(lang) && !article.title.trim())
  const head =
    article.headImage && !isPlaceholderImage(article.headImage.src) ? article.headImage : undefined
  return { lang, cjk, head }
}
