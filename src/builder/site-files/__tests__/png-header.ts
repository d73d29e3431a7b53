/**
 * The first bytes of a PNG: enough for a size reader, which reads the header only. `extra`
 * pads the file, so two pictures of different sizes can have the same length.
 */
export function pngHeader(width: number, height: number, extra = 0): Buffer {
  const bytes = Buffer.alloc(33 + extra)
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]).copy(bytes, 0)
  bytes.writeUInt32BE(13, 8)
  bytes.write('IHDR', 12, 'latin1')
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  bytes.set([8, 2, 0, 0, 0], 24)
  return bytes
}
