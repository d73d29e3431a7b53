/**
 * A posting list built in doc order, already in its stored form: varints in a growing buffer,
 * cut into chunks of about CHUNK_BYTES, each starting with an absolute doc number so a reader can
 * decode any chunk alone. Building straight into bytes keeps 100,000 posts' postings in about
 * a byte each.
 */

/** Big enough that a list of every document is a few files at 100,000 posts. */
export const CHUNK_BYTES = 8192

export interface Chunk {
  start: number
  end: number
  first: number
  last: number
  count: number
}

export class PostingBuilder {
  bytes = new Uint8Array(8)
  length = 0
  count = 0
  chunks: Chunk[] = []
  private chunkStart = 0
  private chunkFirst = -1
  private chunkCount = 0
  private last = -1

  add(doc: number): void {
    if (doc === this.last) return
    const value = this.chunkFirst < 0 ? doc : doc - this.last
    if (this.chunkFirst < 0) this.chunkFirst = doc
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2)
      bigger.set(this.bytes)
      this.bytes = bigger
    }
    let v = value
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80
      v = Math.floor(v / 128)
    }
    this.bytes[this.length++] = v
    this.last = doc
    this.count += 1
    this.chunkCount += 1
    if (this.length - this.chunkStart >= CHUNK_BYTES) this.closeChunk()
  }

  /** Every chunk, the last one closed. */
  finish(): Chunk[] {
    if (this.chunkCount > 0) this.closeChunk()
    return this.chunks
  }

  private closeChunk() {
    this.chunks.push({
      start: this.chunkStart,
      end: this.length,
      first: this.chunkFirst,
      last: this.last,
      count: this.chunkCount,
    })
    this.chunkStart = this.length
    this.chunkFirst = -1
    this.chunkCount = 0
  }
}
