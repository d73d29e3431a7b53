// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Locale } from '../lib/core/translate'
import { LocaleContext } from '../lib/i18n/locale'
import { EntryDate } from './entry-date'

afterEach(cleanup)

const renderIn = (locale: Locale, estimated?: boolean) =>
  render(
    <LocaleContext.Provider value={{ locale, setLocale: () => {} }}>
      <p data-testid="meta">
        <EntryDate iso="2021-01-25T16:00:00.000Z" timeZone="Asia/Shanghai" estimated={estimated} />
      </p>
    </LocaleContext.Provider>,
  )

describe('EntryDate', () => {
  it('shows a plain date when the post gave it', () => {
    renderIn('zh')
    expect(screen.getByTestId('meta').textContent).toBe('2021/1/26 00:00')
  })

  it('marks an estimated date with a sign, a tooltip and words for screen readers', () => {
    renderIn('zh', true)
    const meta = screen.getByTestId('meta')
    expect(meta.textContent).toBe('≈ 2021/1/26 00:00（日期为推断）')
    expect(meta.querySelector('[aria-hidden="true"]')?.textContent).toBe('≈ ')
    expect(meta.querySelector('[title]')?.getAttribute('title')).toBe('日期为推断')
    cleanup()
    renderIn('en', true)
    expect(screen.getByTestId('meta').querySelector('.visually-hidden')?.textContent).toBe(
      ' (date estimated)',
    )
  })
})
