// Word lists are kept as template strings: Prettier would put every array item on its own line.

/** Splits on whitespace: for Chinese words, which contain none. */
export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)

/** Splits on `|` and newlines: for English phrases. */
export const phrases = (text: string): string[] =>
  text
    .split(/[|\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
