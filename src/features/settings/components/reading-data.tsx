import { useState } from 'react'
import type { ChangeEvent } from 'react'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { marksArrived, readStore, savedStore } from '../../../lib/reading/use-read-marks'
import {
  READ_HINT_KEY,
  SAVED_HINT_KEY,
  CONTINUE_HINT_KEY,
  setHint,
} from '../../../lib/reading/hints'
import { readStored, STORAGE_KEYS, writeStored } from '../../../lib/core/settings-storage'
import { dataMessages as messages } from '../data-messages'
import '../../../components/pill-button.css'
import { ConfirmButton } from '../../../components/confirm-button'
import { FONT_SIZES, THEMES, setFontSize, setTheme } from '../settings-store'
import type { FontSize, Theme } from '../settings-store'

/** Settings an export carries, and the values an import may set. */
const SETTINGS: Record<string, readonly string[]> = {
  [STORAGE_KEYS.theme]: THEMES,
  [STORAGE_KEYS.fontSize]: FONT_SIZES.map(String),
  [STORAGE_KEYS.locale]: ['zh', 'en'],
  [STORAGE_KEYS.shortcuts]: ['off'],
}

const load = () => Promise.all([readStore(), import('../../../lib/reading/reading-export')])

/** Export, import and clear the reader's own data: marks, history and these settings. */
export function ReadingData() {
  const t = useT(messages)
  const { setLocale } = useLocale()
  const [status, setStatus] = useState('')

  const exportData = async () => {
    const [store, { makeReadingExport, exportData: read }] = await load()
    const settings: Record<string, string> = {}
    for (const key of Object.keys(SETTINGS)) {
      const value = readStored(key)
      if (value !== null) settings[key] = value
    }
    const file = makeReadingExport(await read(store), settings)
    const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `broadsheet-reading-${file.exportedAt.slice(0, 10)}.json`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    setStatus(
      t('exported', {
        read: file.read.length,
        history: file.history.length,
        saved: file.saved.length,
      }),
    )
  }

  const importData = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0]
    e.target.value = ''
    if (!picked) return
    const [store, { parseReadingExport, ImportError, importData: merge }] = await load()
    try {
      const data = parseReadingExport(await picked.text(), SETTINGS)
      const added = await merge(store, data)
      // Lists here and in other tabs look their marks up again; first paints know there are some.
      ;(await savedStore()).forget()
      if (data.read.length) setHint(READ_HINT_KEY)
      if (data.saved.length) setHint(SAVED_HINT_KEY)
      if (data.progress.length) setHint(CONTINUE_HINT_KEY)
      marksArrived()
      for (const [key, value] of Object.entries(data.settings)) writeStored(key, value)
      const s = data.settings
      if (s[STORAGE_KEYS.theme]) setTheme(s[STORAGE_KEYS.theme] as Theme)
      if (s[STORAGE_KEYS.fontSize]) setFontSize(Number(s[STORAGE_KEYS.fontSize]) as FontSize)
      if (s[STORAGE_KEYS.locale]) setLocale(s[STORAGE_KEYS.locale] as 'zh' | 'en')
      setStatus(t('imported', { read: added.read, history: added.history, saved: added.saved }))
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      setStatus(t(error.problem))
    }
  }

  const clearAll = async () => {
    const [store, { clearAll: clear }] = await load()
    await clear(store)
    ;(await savedStore()).forget()
    for (const key of [READ_HINT_KEY, SAVED_HINT_KEY, CONTINUE_HINT_KEY]) setHint(key, false)
    setStatus(t('cleared'))
  }

  return (
    <fieldset className="reading-data">
      <legend>{t('legend')}</legend>
      <div className="reading-data__actions">
        <button type="button" className="pill-button" onClick={() => void exportData()}>
          {t('export')}
        </button>
        <label className="pill-button">
          {t('import')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => void importData(e)}
          />
        </label>
        <ConfirmButton
          label={t('clear')}
          question={t('confirmClear')}
          confirm={t('confirm')}
          cancel={t('cancel')}
          onConfirm={() => void clearAll()}
        />
      </div>
      <p className="reading-data__status" role="status">
        {status}
      </p>
    </fieldset>
  )
}
