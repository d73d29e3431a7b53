import type { QueryClient } from '@tanstack/react-query'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useEffect, useMemo, useState } from 'react'
import { readStoredLocale, writeStoredLocale } from '../lib/core/settings-storage'
import { entryQueryOptions } from '../lib/api/get-entry'
import type { Locale } from '../lib/i18n/locale'
import { LocaleContext, pickLocale } from '../lib/i18n/locale'

/** The reader's choice, then the site's language (once the entry is in), then the browser's. */
function LocaleProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState(readStoredLocale)
  // Not suspending: the shell renders before the entry arrives and still needs strings.
  const { data: entry } = useQuery(entryQueryOptions())
  const locale = pickLocale(stored, entry?.site.language, navigator.language)
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }, [locale])
  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        writeStoredLocale(next)
        setStored(next)
      },
    }),
    [locale],
  )
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider>{children}</LocaleProvider>
    </QueryClientProvider>
  )
}
