import type { ChangeEvent, FormEvent } from 'react'
import { useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { Link } from '../../../components/link'
import { useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { IN_PLACE, KEEP_FOCUS } from '../../../lib/navigation-state'
import { fieldMessages as messages } from '../field-messages'
import { isTyping } from '../../../lib/keyboard/is-typing'
import type * as SearchApiModule from '../api/run-search'

/** The search route's module: the engine and its tables come with it, never with the home page. */
const loadSearch = () => import('../routes/search-route')
type SearchApi = typeof SearchApiModule
let searchApi: SearchApi | undefined
let loadingApi: Promise<SearchApi> | undefined
/** Once loaded, the module is called at once: an import() of it again waits 10–20 ms for a task. */
const withApi = <T,>(use: (api: SearchApi) => T) => {
  if (searchApi) return Promise.resolve(searchApi).then(use)
  loadingApi ??= import('../api/run-search').then(
    (m) => (searchApi = m),
    (error: unknown) => {
      // Not kept: the next keystroke or Enter tries again.
      loadingApi = undefined
      throw error
    },
  )
  return loadingApi.then(use)
}

/**
 * Starts the search of `/search?…` (or joins it), settling true once its first page is read. As the
 * reader types, each text's search starts at once, so Enter, or the pause, finds it read or
 * under way; results show only on Enter or the pause. Their reads are shared: the newest matches
 * of a word and of its next letter are mostly the same articles.
 */
const runSearch = (search: string) =>
  withApi((m) => m.runSearch(search)).then(
    () => true,
    () => false,
  )

const DEBOUNCE_MS = 250
/**
 * Enter waits this long for the first results before the page changes: a warm search is ready
 * within it and renders once; a slower one shows the page and its skeleton meanwhile.
 */
const ENTER_WAIT_MS = 100
/** Navigation state that asks the field to take focus (the phone's icon, `/` on a phone). */
const FOCUS_FIELD = { ...KEEP_FOCUS, focusSearch: true }

const magnifier = (
  <svg className="search-icon" aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
    <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" />
  </svg>
)

/**
 * The masthead's search: a plain form that works without the search code, typing searches
 * after a pause (never in the middle of an input method's composition), `/` focuses it. On a
 * phone only its icon shows, except on the search page, where the field is the whole masthead.
 */
export function SearchField() {
  const t = useT(messages)
  const navigate = useNavigate()
  const location = useLocation()
  const onSearchPage = location.pathname === paths.search()
  const urlQuery = onSearchPage ? (new URLSearchParams(location.search).get('q') ?? '').trim() : ''
  const [value, setValue] = useState(urlQuery)
  // The URL's query as the field last took it, and the last query this field sent: Back or a
  // link changes the URL and the field follows; its own navigation does not overwrite typing.
  const [seen, setSeen] = useState(urlQuery)
  const [sent, setSent] = useState<string | null>(null)
  if (urlQuery !== seen) {
    setSeen(urlQuery)
    if (urlQuery !== sent) setValue(urlQuery)
  }
  const input = useRef<HTMLInputElement>(null)
  const composing = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // The last navigation asked for: an Enter still waiting on its results is dropped by a newer one.
  const latest = useRef(0)

  /** The query string a text searches: the search page's filters stay; paging starts again. */
  const searchOf = (text: string) => {
    const q = text.trim()
    const params = new URLSearchParams(onSearchPage ? location.search : '')
    params.delete('page')
    if (q) params.set('q', q)
    else params.delete('q')
    return { q, query: params.toString() }
  }
  const go = (text: string, typing: boolean) => {
    clearTimeout(timer.current)
    const { q, query } = searchOf(text)
    if (!onSearchPage && !q) return
    setSent(q)
    const to = query ? `${paths.search()}?${query}` : paths.search()
    // `ready`: the results are read, so the page renders them at once, not in slices between frames.
    const move = (ready = false) =>
      void navigate(to, {
        flushSync: ready,
        // Typing refines one search: history keeps one entry for it.
        replace: onSearchPage,
        // Typing keeps focus in the field; Enter moves it to the results, as a page load would.
        state: typing ? (onSearchPage ? IN_PLACE : KEEP_FOCUS) : undefined,
      })
    const id = ++latest.current
    if (typing || !q) {
      move()
      return
    }
    const wait = new Promise((resolve) => setTimeout(resolve, ENTER_WAIT_MS))
    void Promise.race([runSearch(query), wait.then(() => false)]).then((ready) => {
      if (id === latest.current) move(ready)
    })
  }
  const schedule = (text: string) => {
    const { q, query } = searchOf(text)
    if (q) void runSearch(query)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => go(text, true), DEBOUNCE_MS)
  }
  useEffect(() => () => clearTimeout(timer.current), [])

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setValue(e.target.value)
    const native = e.nativeEvent as InputEvent
    if (composing.current || native.isComposing) return
    schedule(e.target.value)
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (!composing.current) go(value, false)
  }

  // `/` from anywhere but a field: focus this one, or on a phone open the search page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      if (isTyping(e.target)) return
      e.preventDefault()
      const field = input.current
      if (field && field.offsetParent !== null) {
        field.focus()
        field.select()
      } else void navigate(paths.search(), { state: FOCUS_FIELD })
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [navigate])

  const wantsFocus = (location.state as { focusSearch?: boolean } | null)?.focusSearch === true
  useEffect(() => {
    if (wantsFocus) input.current?.focus()
  }, [wantsFocus, location.key])

  return (
    <>
      <form
        role="search"
        className="search-form"
        action={paths.search()}
        onSubmit={onSubmit}
        aria-label={t('search')}
      >
        {magnifier}
        <input
          ref={input}
          type="search"
          name="q"
          className="search-input"
          value={value}
          placeholder={t('placeholder')}
          aria-label={t('search')}
          aria-keyshortcuts="/"
          autoComplete="off"
          enterKeyHint="search"
          onChange={onChange}
          onFocus={() => void loadSearch()}
          onCompositionStart={() => {
            composing.current = true
            clearTimeout(timer.current)
          }}
          onCompositionEnd={(e) => {
            composing.current = false
            schedule(e.currentTarget.value)
          }}
        />
      </form>
      {onSearchPage ? (
        <Link to={paths.home()} className="icon-button search-close">
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" />
          </svg>
          <span className="visually-hidden">{t('close')}</span>
        </Link>
      ) : (
        <Link
          to={paths.search()}
          state={FOCUS_FIELD}
          className="icon-button search-open"
          onPointerEnter={() => void loadSearch()}
        >
          {magnifier}
          <span className="visually-hidden">{t('open')}</span>
        </Link>
      )}
    </>
  )
}
