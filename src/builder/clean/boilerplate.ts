/**
 * Site boilerplate found in the corpus (301 posts, grepped for QR, APP, 公众号, 编辑 …):
 *
 * - Sina Finance's closing QR box: `div.appendQr_wrap` (children `appendQr_normal`,
 *   `appendQr_normal_txt`) with "海量资讯、精准解读，尽在新浪财经APP" and a QR image that the
 *   archive also used as `headimg`. Its `<style>` block goes with the other styles.
 * - Sina's editor line `<p class="article-editor">责任编辑：梁斌 SF055</p>`: the name moves to
 *   `editor`, the staff code is dropped. A short paragraph starting 责任编辑：/编辑： counts too.
 * - Sina's `<!--article_adlist[…]-->` promos and `<!-- 文末二维码 -->` markers: comments, removed.
 * - Juejin's "复制代码" button (`span.copy-code-btn`) inside code blocks.
 * - Google AdSense slots (`ins.adsbygoogle`).
 * - Short blocks (≤ 60 characters) whose text is a QR/app/official-account call to action,
 *   such as "扫描下方二维码关注我们" or "下载新浪财经APP".
 *
 * Deliberately kept: credits and notices that belong to the article (来源：…, 原文链接, 未经授权
 * 严禁转载), and the CET article's "APP下载请扫描二维码：", where the app is the subject.
 */
import type { Element } from 'domhandler'

export const BOILERPLATE_CLASSES: ReadonlySet<string> = new Set([
  'appendQr_wrap',
  'appendQr_normal',
  'appendQr_normal_txt',
  'copy-code-btn',
  'adsbygoogle',
])

export const EDITOR_CLASS = 'article-editor'

/** Longest block text that may be judged boilerplate by its words alone. */
export const PROMO_MAX_LENGTH = 60

const PROMO_PATTERNS = [
  /尽在新浪财经\s*APP/i,
  /海量资讯、精准解读/,
  /^.{0,10}(扫描|扫码|长按识别|长按).{0,8}二维码.{0,12}(关注|下载|订阅|查看|加入)/,
  /^(请|欢迎)?(扫码|扫描.{0,6}二维码)?关注.{0,10}(微信)?公众号/,
  /^(点击|立即|欢迎)?下载.{0,10}(APP|客户端)/i,
]

const EDITOR_LINE = /^(?:责任编辑|编辑)\s*[：:]\s*(.*)$/s
// Sina appends a staff code to the name: "梁斌 SF055".
const STAFF_CODE = /^[A-Z]{1,4}\d{2,6}$/

export function isPromoText(text: string): boolean {
  const t = normalizeSpace(text)
  return t.length > 0 && t.length <= PROMO_MAX_LENGTH && PROMO_PATTERNS.some((p) => p.test(t))
}

/** The editor's name from "责任编辑：梁斌 SF055", or undefined when the text is not an editor line. */
export function parseEditorLine(text: string): string | undefined {
  const match = EDITOR_LINE.exec(normalizeSpace(text))
  if (!match) return undefined
  const names: string[] = []
  for (const token of (match[1] ?? '').split(' ')) {
    // Another label ("校对：…") ends the name.
    if (/[：:]/.test(token)) break
    if (token !== '' && !STAFF_CODE.test(token)) names.push(token)
  }
  return names.length > 0 ? names.join(' ') : undefined
}

export function isEditorElement(el: Element): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(EDITOR_CLASS)
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim()
}
