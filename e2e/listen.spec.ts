import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'
import { record } from './support/hostile'
import {
  endUtterance,
  highlighted,
  installSpeechStub,
  speechLog,
  ZH_AND_EN,
} from './support/speech-stub'

// Issue 17's Listen: the article read aloud by the browser's speech synthesis, sentence by
// sentence, the sentence being read highlighted. Chromium here has no voices, so each test
// installs a stand-in for speechSynthesis before the app runs (support/speech-stub.ts).

/** A seed-shaped Chinese news article (lang zh-CN). */
const ZH = '/article/e7NpP5es1S3c'
/** The quiet return of RSS readers: an English post (lang en). */
const EN = '/article/Ro5nf5o-sM2s'
const EN_SENTENCES = [
  'Every few years someone declares that feeds are dead, and every few years a new batch of people rediscovers them.',
  'This time the reasons feel more durable: people are tired of ranked timelines and want to decide for themselves what they read and in what order.',
  'A feed reader is the only place on the internet where nothing is trying to keep you there longer than you want to stay.',
]

async function openArticle(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('#root .article-body p').first()).toBeVisible({ timeout: 15_000 })
}

const listenButton = (page: Page) =>
  page.locator('#root .article-meta').getByRole('button', { name: '朗读' })
const player = (page: Page) => page.getByRole('region', { name: '朗读' })
const status = (page: Page) => page.locator('.article-listen [role="status"]')

test('the button is offered when a voice for the article’s language arrives, not otherwise', async ({
  page,
}) => {
  // Voices that arrive late, as Chromium's do: the button follows `voiceschanged`.
  await installSpeechStub(page, { voices: [{ name: 'Stub Mandarin', lang: 'zh-CN' }], lateMs: 300 })
  await openArticle(page, ZH)
  await expect(listenButton(page)).toBeVisible()
  // No English voice: the English post has no button.
  await openArticle(page, EN)
  await expect(page.locator('#root .article-title')).toHaveText('The quiet return of RSS readers')
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 0)
  await expect(page.locator('.article-listen')).toHaveCount(0)
})

test('no speechSynthesis at all: no button', async ({ page }) => {
  await installSpeechStub(page, { voices: null })
  await openArticle(page, ZH)
  await expect(page.locator('#root .article-meta')).toContainText('分钟读完')
  await expect(page.locator('.article-listen')).toHaveCount(0)
})

test('Listen reads the sentences in order with the article’s voice, the highlight following', async ({
  page,
}) => {
  const rec = await record(page)
  await installSpeechStub(page)
  await openArticle(page, EN)
  await listenButton(page).click()
  await expect(player(page)).toBeVisible()
  await expect(player(page).getByRole('button', { name: '暂停' })).toBeFocused()
  await expect(status(page)).toHaveText('正在朗读')
  for (const [i, sentence] of EN_SENTENCES.entries()) {
    await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(i + 1)
    await expect.poll(() => highlighted(page)).toBe(sentence)
    await expect(player(page)).toContainText(`第 ${i + 1} /`)
    if (i < EN_SENTENCES.length - 1) await endUtterance(page)
  }
  const { spoken } = await speechLog(page)
  expect(spoken.map((s) => s.text)).toEqual(EN_SENTENCES)
  expect(spoken.every((s) => s.voice === 'Stub English' && s.lang === 'en-US')).toBe(true)
  // The live region said it once: sentences are not announced.
  await expect(status(page)).toHaveText('正在朗读')
  expect(await rec.violations()).toEqual([])
  expect(rec.consoleErrors).toEqual([])
})

test('a Chinese article is read in Chinese, sentence by sentence, and the sentence is scrolled into view', async ({
  page,
}) => {
  await installSpeechStub(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openArticle(page, ZH)
  await listenButton(page).click()
  await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(1)
  for (let i = 0; i < 8; i++) await endUtterance(page)
  await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(9)
  const { spoken } = await speechLog(page)
  expect(spoken.every((s) => s.voice === 'Stub Mandarin' && s.lang === 'zh-CN')).toBe(true)
  // Each is one sentence: it ends at a Chinese full stop, or is a heading or caption without one.
  for (const { text } of spoken)
    expect(text.replace(/[”’」』）)]+$/, '').slice(0, -1)).not.toMatch(/[。！？]/)
  const current = spoken[8]!.text
  await expect.poll(() => highlighted(page)).toBe(current)
  // Reduced motion: the page jumps to the sentence rather than gliding (and the test need not wait).
  const place = () =>
    page.evaluate(() => {
      const range = [...CSS.highlights.get('listen-sentence')!][0] as Range
      const { top, bottom } = range.getBoundingClientRect()
      const bar = document.querySelector('.listen-player')!.getBoundingClientRect()
      return top >= 0 && bottom <= bar.top ? 'on screen' : `${top}..${bottom} (bar at ${bar.top})`
    })
  await expect.poll(place, { timeout: 2_000 }).toBe('on screen')
})

test('pause, resume and stop', async ({ page }) => {
  await installSpeechStub(page)
  await openArticle(page, EN)
  await listenButton(page).click()
  const bar = player(page)
  await bar.getByRole('button', { name: '暂停' }).click()
  await expect(status(page)).toHaveText('朗读已暂停')
  expect((await speechLog(page)).calls).toContain('pause')
  // The highlight stays on the sentence that was paused.
  expect(await highlighted(page)).toBe(EN_SENTENCES[0])
  await bar.getByRole('button', { name: '继续' }).click()
  await expect(status(page)).toHaveText('正在朗读')
  expect((await speechLog(page)).calls).toContain('resume')
  await endUtterance(page)
  await expect.poll(() => highlighted(page)).toBe(EN_SENTENCES[1])

  await bar.getByRole('button', { name: '停止' }).click()
  await expect(bar).toHaveCount(0)
  await expect(status(page)).toHaveText('朗读已停止')
  expect(await highlighted(page)).toBeNull()
  expect((await speechLog(page)).calls.at(-1)).toBe('cancel')
  await expect(listenButton(page)).toBeFocused()
  // A cancelled engine's late events do not start it again.
  await endUtterance(page)
  expect((await speechLog(page)).spoken).toHaveLength(2)
})

test('the speed applies to the next sentence and is remembered', async ({ page }) => {
  await installSpeechStub(page)
  await openArticle(page, EN)
  await listenButton(page).click()
  await player(page).getByLabel('语速').selectOption('1.5')
  await endUtterance(page)
  await expect.poll(async () => (await speechLog(page)).spoken.map((s) => s.rate)).toEqual([1, 1.5])

  await page.reload()
  await expect(page.locator('#root .article-body p').first()).toBeVisible()
  await listenButton(page).click()
  await expect(player(page).getByLabel('语速')).toHaveValue('1.5')
  await expect.poll(async () => (await speechLog(page)).spoken.map((s) => s.rate)).toEqual([1.5])
})

test('leaving the article stops the speech', async ({ page }) => {
  await installSpeechStub(page)
  await openArticle(page, EN)
  await listenButton(page).click()
  await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(1)
  const before = (await speechLog(page)).calls.filter((c) => c === 'cancel').length
  await page.locator('#root .article-breadcrumb a').first().click()
  await expect(page.locator('#root .article')).toHaveCount(0)
  await expect(player(page)).toHaveCount(0)
  const calls = (await speechLog(page)).calls.filter((c) => c === 'cancel')
  expect(calls.length).toBe(before + 1)
  await endUtterance(page)
  expect((await speechLog(page)).spoken).toHaveLength(1)
})

test('the page with the player open is axe clean, phone and desktop, light and dark', async ({
  page,
}) => {
  const rec = await record(page)
  await installSpeechStub(page, { voices: ZH_AND_EN })
  await openArticle(page, ZH)
  await listenButton(page).click()
  await expect(player(page)).toBeVisible()
  await expect.poll(() => highlighted(page)).not.toBeNull()
  await expectAxeClean(page)
  expect(await rec.violations()).toEqual([])
})
