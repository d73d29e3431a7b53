import { articleText } from './article-text'
import { normalize } from './normalize'

/**
 * What search reads of an article: its title and body text, normalised. The builder indexes
 * this and the app verifies results against it, from the same `title` and `html` fields.
 */
export function searchableText(article: { title: string; html: string }): {
  title: string
  body: string
} {
  return { title: normalize(article.title), body: normalize(articleText(article.html)) }
}
