import { expect, test } from '@playwright/test'

// A post of the sample site written with Hexo's tag plugins and `<!-- more -->`.
const TITLE = 'Writing posts with Hexo tag plugins'
const INTRO = "Hexo's tag plugins let a post quote, embed and show code without writing HTML."

test('tag plugins render as Hexo renders them, and the list shows the text before <!-- more -->', async ({
  page,
}) => {
  await page.goto(`/category/${['编程', 'Hexo'].map(encodeURIComponent).join('/')}`)
  const main = page.getByRole('main')
  const entry = main.locator('.entry').filter({ hasText: TITLE })
  await expect(entry.locator('.entry-excerpt')).toHaveText(INTRO)
  await entry.getByRole('link', { name: TITLE }).click()
  await expect(main.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  const body = main.locator('.article-body')

  // blockquote: the quote and its source; pullquote and note: asides.
  const quote = body.locator('blockquote').first()
  await expect(quote.locator('footer strong')).toHaveText('Ada Lovelace')
  await expect(quote.locator('footer cite')).toHaveText('Notes on the Analytical Engine')
  await expect(body.locator('aside')).toHaveCount(2)
  // codeblock: caption, link, the code as text, the marked line.
  const code = body.locator('figure').filter({ has: page.locator('pre') })
  await expect(code.locator('figcaption')).toContainText('Reading a file line by line')
  await expect(code.getByRole('link', { name: 'readline docs' })).toHaveAttribute(
    'href',
    'https://nodejs.org/api/readline.html',
  )
  await expect(code.locator('pre mark')).toHaveText(/^for await/)
  // youtube: the player, inside the iframe allowlist; gist and jsfiddle: links.
  await expect(body.locator('iframe')).toHaveAttribute(
    'src',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
  )
  await expect(body.getByRole('link', { name: 'Gist: 996818' })).toBeVisible()
  await expect(body.getByRole('link', { name: 'JSFiddle: ccWP7' })).toBeVisible()
  // tabs: a section per tab, with its caption.
  await expect(body.locator('section > p:first-child strong')).toHaveText(['npm', 'yarn'])
  // No tag reaches the page as text, except inside code, where it is the author's text.
  const prose = await body.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    for (const code of copy.querySelectorAll('pre, code')) code.remove()
    return copy.textContent ?? ''
  })
  expect(prose).not.toContain('{%')
  expect(prose).toContain('{{ double braces }}')
  await expect(body.locator('pre', { hasText: '{% youtube abc %}' })).toHaveCount(1)
})

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`code is highlighted in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('broadsheet.theme', t), theme)
    await page.goto('/article/UA0UXGnxdO69')
    const body = page.locator('.article-body')
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    // Python, CSS and the codeblock's JavaScript each get token colours unlike the text's.
    for (const token of ['def', 'overflow-x', 'import']) {
      const span = body.locator('pre span[class^="hljs-"]', { hasText: token }).first()
      await expect(span).toBeVisible()
      // Polled: the body may be painted again as the app takes over from the first paint.
      await expect
        .poll(() =>
          span.evaluate((el) => {
            const color = getComputedStyle(el).color
            return color !== '' && color !== getComputedStyle(el.closest('pre')!).color
          }),
        )
        .toBe(true)
    }
  })
}
