import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'

/** The page as it stands, at a phone and a desktop size, one light and one dark: no axe violations. */
export async function expectAxeClean(
  page: Page,
  looks: readonly (readonly ['light' | 'dark', number, number])[] = [
    ['light', 390, 844],
    ['dark', 1280, 800],
  ],
) {
  for (const [colorScheme, width, height] of looks) {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width, height })
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
  }
}
