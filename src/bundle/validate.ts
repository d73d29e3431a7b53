import type {
  Article,
  Calendar,
  CategoryRefShard,
  CategoryTree,
  Entry,
  IdShard,
  AliasIndex,
  AliasShard,
  ListPage,
  TagIndex,
  TagShard,
} from './format'
import { FORMAT_VERSION } from './format'

/** Thrown when a bundle file is not what the contract says. */
export class BundleFormatError extends Error {
  constructor(
    message: string,
    readonly found?: unknown,
  ) {
    super(message)
    this.name = 'BundleFormatError'
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Checks the format version first, so a newer bundle gets a clear message rather than a shape error. */
function checkFormat(value: unknown, what: string): Record<string, unknown> {
  if (!isObject(value)) throw new BundleFormatError(`${what} is not a JSON object`)
  if (value.format !== FORMAT_VERSION) {
    throw new BundleFormatError(
      `${what} has bundle format ${String(value.format)}; this app reads format ${FORMAT_VERSION}`,
      value.format,
    )
  }
  return value
}

const hasKeys =
  (...keys: string[]) =>
  (v: Record<string, unknown>) =>
    keys.every((k) => k in v)

/** A validator: the format version first, then `guard` on the object. */
export function validator<T>(
  what: string,
  guard: (v: Record<string, unknown>) => boolean,
): (v: unknown) => T {
  return (value) => {
    const obj = checkFormat(value, what)
    if (!guard(obj)) throw new BundleFormatError(`${what} is missing required fields`)
    return obj as T
  }
}

export const validateEntry = validator<Entry>(
  'The bundle entry',
  (v) =>
    hasKeys(
      'buildId',
      'site',
      'latest',
      'tree',
      'calendar',
      'idShards',
      'aliases',
      'search',
      'pageSize',
    )(v) &&
    Array.isArray(v.idShards) &&
    typeof v.aliases === 'string',
)
export const validateTree = validator<CategoryTree>(
  'The category tree',
  (v) =>
    Array.isArray(v.roots) &&
    Array.isArray(v.refShards) &&
    v.refShards.every((h) => typeof h === 'string') &&
    typeof v.refsPerShard === 'number' &&
    v.refsPerShard >= 1,
)
const isListRef = (v: unknown) => isObject(v) && typeof v.h === 'string' && typeof v.n === 'number'
export const validateCategoryRefShard = validator<CategoryRefShard>(
  'A category list shard',
  (v) => Array.isArray(v.lists) && v.lists.every(isListRef),
)
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0
const everyIn = (list: unknown, check: (item: Record<string, unknown>) => boolean) =>
  Array.isArray(list) && list.every((item) => isObject(item) && check(item))
// Every window is computed from these counts, so a count that is not one would misplace them all.
const isCalendarDay = (day: unknown) =>
  Array.isArray(day) && day.length === 2 && Number.isInteger(day[0]) && isCount(day[1])
export const validateCalendar = validator<Calendar>(
  'The calendar',
  (v) =>
    typeof v.h === 'string' &&
    everyIn(
      v.years,
      (y) =>
        Number.isInteger(y.y) &&
        everyIn(
          y.months,
          (m) => Number.isInteger(m.m) && Array.isArray(m.days) && m.days.every(isCalendarDay),
        ),
    ),
)
// Only a flag that is present and true marks a list entry's date as estimated.
const hasEstimatedFlag = (item: unknown) =>
  isObject(item) && (item.dateEstimated === undefined || item.dateEstimated === true)

export const validateListPage = validator<ListPage>(
  'A list page',
  (v) => Array.isArray(v.items) && v.items.every(hasEstimatedFlag),
)
export const validateArticle = validator<Article>(
  'An article',
  (v) =>
    typeof v.id === 'string' &&
    typeof v.html === 'string' &&
    typeof v.title === 'string' &&
    // A string, not one of today's kinds: a later builder may name new evidence.
    (v.dateEstimated === undefined || typeof v.dateEstimated === 'string'),
)
export const validateIdShard = validator<IdShard>('An id index', (v) => isObject(v.files))
export const validateAliasIndex = validator<AliasIndex>(
  'The alias index',
  (v) => Array.isArray(v.shards) && v.shards.every((h) => typeof h === 'string'),
)
export const validateAliasShard = validator<AliasShard>('An alias index', (v) => isObject(v.ids))
const isTagCount = (v: unknown) =>
  Array.isArray(v) &&
  typeof v[0] === 'string' &&
  typeof v[1] === 'number' &&
  (v[2] === undefined || typeof v[2] === 'string')
export const validateTagIndex = validator<TagIndex>(
  'The tag index',
  (v) => Array.isArray(v.tags) && v.tags.every(isTagCount),
)
export const validateTagShard = validator<TagShard>(
  'A tag index shard',
  (v) =>
    isObject(v.lists) &&
    Object.values(v.lists).every(
      (l) =>
        isObject(l) &&
        typeof l.h === 'string' &&
        (l.name === undefined || typeof l.name === 'string'),
    ),
)
