import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

type Look = readonly ['light' | 'dark', number, number]
const LOOKS: readonly Look[] = [
  ['light', 390, 844],
  ['dark', 390, 844],
  ['light', 1280, 800],
  ['dark', 1280, 800],
]

/** axe with the rules Lighthouse's accessibility score adds: target size (WCAG 2.2) is off by default. */
export const axe = (page: Page) =>
  new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } })

/** The page as it stands, at phone and desktop sizes, light and dark: no axe violations. */
export async function expectAxeClean(page: Page, looks: readonly Look[] = LOOKS, include?: string) {
  // Target size measures every target against its neighbours: on a busy 2-core runner one look
  // takes seconds. Each look gets its own time, on top of the test's.
  test.info().setTimeout(test.info().timeout + looks.length * 15_000)
  for (const [colorScheme, width, height] of looks) {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width, height })
    const builder = axe(page)
    const { violations } = await (include ? builder.include(include) : builder).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
  }
}
