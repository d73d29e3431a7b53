/**
 * A site's language as a BCP 47 tag for `hreflang` (`zh_CN`, as some Hexo sites write it, →
 * `zh-CN`), or undefined for anything that is not one: search engines ignore or misread a bad tag.
 */
export function languageTag(language: string): string | undefined {
  const tag = language.trim().replace(/_/g, '-')
  return /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(tag) ? tag : undefined
}
