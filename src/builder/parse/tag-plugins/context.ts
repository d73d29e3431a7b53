/** What a tag plugin's renderer may use: the post's place in the site, and a way to report. */
export interface TagContext {
  /** Public path of the site, such as `/news/`. */
  base: string
  /** The post's own path in the original site (its permalink), for `asset_*`. */
  permalink: string
  /** Renders Markdown (with its own tags) to HTML: a block tag's content. */
  renderInner(markdown: string): string
  warn(message: string): void
}

/** A tag plugin: its arguments, and for a block tag the text up to its end tag. */
export type TagRenderer = (args: string[], ctx: TagContext, content: string) => string
