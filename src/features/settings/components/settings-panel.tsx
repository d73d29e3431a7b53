import { useId } from 'react'
import { Link } from '../../../components/link'
import { ReadingData } from './reading-data'
import { paths } from '../../../lib/core/paths'
import { useLocale, useT } from '../../../lib/i18n/locale'
import type { Locale } from '../../../lib/i18n/locale'
import { messages } from '../messages'
import { setShortcutsEnabled, useShortcutsEnabled } from '../../../lib/keyboard/shortcuts-setting'
import { SCRIPT_CHOICES, setScript, useScript } from '../../../lib/script-display/script-setting'
import { setSpacing, spacingSupported, useSpacing } from '../spacing-setting'
import { FONT_SIZES, setFontSize, setTheme, THEMES, useFontSize, useTheme } from '../settings-store'

const LANGUAGES: { value: Locale; label: string; lang: string }[] = [
  { value: 'zh', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
]

/** Radio groups: native keyboard handling (arrows within a group, Tab between groups). */
export function SettingsPanel() {
  const t = useT(messages)
  const theme = useTheme()
  const size = useFontSize()
  const { locale, setLocale } = useLocale()
  const id = useId()
  const shortcuts = useShortcutsEnabled()
  const spacing = useSpacing()
  const script = useScript()
  return (
    <div className="settings-panel">
      <fieldset>
        <legend>{t('theme')}</legend>
        <div className="segmented">
          {THEMES.map((value) => (
            <label key={value} className={`swatch swatch-${value}`}>
              <input
                type="radio"
                name={`${id}theme`}
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />
              <span>{t(value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('fontSize')}</legend>
        <div className="segmented">
          {FONT_SIZES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}size`}
                value={value}
                checked={size === value}
                onChange={() => setFontSize(value)}
              />
              <span
                className="size-sample"
                style={{ fontSize: `${value}px` }}
                aria-label={t('size', { n: value })}
              >
                A
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('script')}</legend>
        <div className="segmented">
          {SCRIPT_CHOICES.map((value) => (
            <label key={value} lang={value === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
              <input
                type="radio"
                name={`${id}script`}
                value={value}
                checked={script === value}
                onChange={() => void setScript(value)}
              />
              <span>{t(value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {spacingSupported() && (
        <fieldset>
          <legend>{t('spacing')}</legend>
          <label className="settings-check">
            <input
              type="checkbox"
              checked={spacing}
              onChange={(e) => setSpacing(e.target.checked)}
            />
            <span>{t('spacingOn')}</span>
          </label>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('language')}</legend>
        <div className="segmented">
          {LANGUAGES.map((l) => (
            <label key={l.value} lang={l.lang}>
              <input
                type="radio"
                name={`${id}lang`}
                value={l.value}
                checked={locale === l.value}
                onChange={() => setLocale(l.value)}
              />
              <span>{l.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('shortcuts')}</legend>
        <label className="settings-check">
          <input
            type="checkbox"
            checked={shortcuts}
            onChange={(e) => setShortcutsEnabled(e.target.checked)}
          />
          <span>{t('shortcutsOn')}</span>
        </label>
      </fieldset>
      <ReadingData />
      <p className="settings-links">
        <Link to={paths.saved()}>{t('saved')} →</Link>
        <Link to={paths.history()}>{t('history')} →</Link>
      </p>
    </div>
  )
}
