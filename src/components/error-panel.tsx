import { FetchJsonError } from '../lib/core/fetch-json'
import type { FetchErrorKind } from '../lib/core/fetch-json'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'

type Key = FetchErrorKind | 'unknown' | 'retry' | 'reload' | 'details' | 'title' | 'compactTitle'

const messages: Messages<Key> = {
  zh: {
    title: '无法显示此页',
    compactTitle: '这一部分没能加载',
    network: '无法连接到服务器。请检查网络后重试。',
    offline: '你已离线，而这部分内容尚未保存在本机。联网后重试。',
    'not-found': '找不到所需的数据文件，归档可能刚刚更新过。重试通常即可解决。',
    server: '服务器出错（{status}），请稍后重试。',
    'bad-json': '数据文件已损坏（不是有效的 JSON）。',
    timeout: '服务器长时间没有响应。请稍后重试。',
    format: '这份归档由新版本生成，当前页面无法读取。请重新加载页面。',
    unknown: '显示此页时出了问题。',
    retry: '重试',
    reload: '重新加载',
    details: '技术细节',
  },
  en: {
    title: 'This page could not be shown',
    compactTitle: 'This part did not load',
    network: 'Could not reach the server. Check your connection and try again.',
    offline:
      'You are offline and this part is not saved on this device. Try again once you are online.',
    'not-found':
      'A data file is missing; the archive may have just been updated. Retrying usually fixes it.',
    server: 'The server had a problem ({status}). Please try again in a moment.',
    'bad-json': 'A data file is damaged (it is not valid JSON).',
    timeout: 'The server is taking too long to answer. Please try again.',
    format: 'This archive was built by a newer version of the reader. Reload the page to get it.',
    unknown: 'Something went wrong while showing this page.',
    retry: 'Retry',
    reload: 'Reload',
    details: 'Technical details',
  },
}

interface Props {
  error: unknown
  onRetry: () => void
  /** Compact panels sit in the side columns; full ones replace a page and carry its h1. */
  compact?: boolean
}

/** One sentence on what happened and one button, inside the normal layout. */
export function ErrorPanel({ error, onRetry, compact }: Props) {
  const t = useT(messages)
  const kind: Key = error instanceof FetchJsonError ? error.kind : 'unknown'
  const needsReload = kind === 'format' || kind === 'unknown'
  const detail = error instanceof Error ? error.message : String(error)
  const Heading = compact ? 'h2' : 'h1'
  return (
    <section
      className={compact ? 'error-panel compact' : 'error-panel'}
      role={compact ? 'alert' : undefined}
    >
      <Heading tabIndex={compact ? undefined : -1}>{t(compact ? 'compactTitle' : 'title')}</Heading>
      <p>{t(kind, { status: error instanceof FetchJsonError ? (error.status ?? '') : '' })}</p>
      <button
        type="button"
        className="button"
        onClick={needsReload ? () => window.location.reload() : onRetry}
      >
        {t(needsReload ? 'reload' : 'retry')}
      </button>
      {!compact && (
        <details className="error-details">
          <summary>{t('details')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </section>
  )
}
