import { Breadcrumbs } from '../../../components/breadcrumbs'
import { PageHeading } from '../../../components/page-heading'
import { formatMonth, formatYear } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { messages } from './messages'

/** Breadcrumbs down to the period above this one, then the period's name (with the page past 1). */
export function ArchiveHeading({
  name,
  page,
  year,
  month,
}: {
  name: string
  page: number
  year?: number
  month?: number
}) {
  const t = useT(messages)
  const { locale } = useLocale()
  const items = [{ label: t('archive'), href: paths.archive() }]
  if (year !== undefined) items.push({ label: formatYear(locale, year), href: paths.archive(year) })
  if (year !== undefined && month !== undefined)
    items.push({ label: formatMonth(locale, year, month), href: paths.archive(year, month) })
  return (
    <>
      <Breadcrumbs items={items} current={name} />
      <PageHeading title={page > 1 ? t('page', { name, n: page }) : name}>{name}</PageHeading>
    </>
  )
}
