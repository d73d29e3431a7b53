/** Writes front matter the way the archive's two eras do. */

export interface FrontMatter {
  title: string
  /** One hierarchy, or several (a list of lists). */
  categories: string[] | string[][]
  /** undefined: no `headimg` key at all (the older era). */
  headimg?: string
  author: string
  date: string
  thumbnail?: string
  tags?: string[]
}

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`

// Plain scalars that YAML reads back unchanged: no indicators, no ': ', no ' #', no edge spaces.
const plainSafe = (text: string): boolean =>
  /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/: | #|\s$/.test(text)

/** `modern`: quoted values and one-space list indents, as the seed; otherwise the older style. */
export function formatFrontMatter(fm: FrontMatter, modern: boolean): string {
  const indent = modern ? ' ' : '    '
  const lines = ['', '---']
  lines.push(`title: ${modern || !plainSafe(fm.title) ? quote(fm.title) : fm.title}`)
  lines.push('categories: ')
  for (const item of fm.categories) {
    lines.push(typeof item === 'string' ? `${indent}- ${item}` : `${indent}- [${item.join(', ')}]`)
  }
  if (fm.tags) {
    lines.push('tags:')
    for (const tag of fm.tags) lines.push(`${indent}- ${tag}`)
  }
  if (fm.headimg !== undefined) lines.push(`headimg: ${quote(fm.headimg)}`)
  lines.push(`author: ${fm.author}`, 'comments: false', `date: ${fm.date}`)
  if (fm.thumbnail !== undefined) {
    lines.push(modern ? `thumbnail: ${quote(fm.thumbnail)}` : `thumbnail: ${fm.thumbnail}`)
  }
  lines.push('---', '', '')
  return lines.join('\n')
}
