import { link, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** What became of one file: new bytes, or the previous site's very file. */
export type Kept = 'written' | 'kept'

/**
 * Writes `text` to `dir/name`, unless the previous site (`previousDir`) holds the very same bytes
 * under that name: then that file is hard-linked in, so its modification time stays. A site is
 * built afresh into a staging folder every time, yet an unchanged feed keeps its Last-Modified
 * and ETag (nginx derives both from the file), so feed readers polling it get a 304, and sync
 * tools that compare times skip it.
 */
export async function writeOrKeep(
  dir: string,
  name: string,
  text: string,
  previousDir?: string,
): Promise<Kept> {
  const path = join(dir, name)
  if (previousDir && (await sameBytes(join(previousDir, name), text))) {
    try {
      await inFolder(path, () => link(join(previousDir, name), path))
      return 'kept'
    } catch {
      // Another disk, or no hard links there: the bytes are written after all.
    }
  }
  await inFolder(path, () => writeFile(path, text))
  return 'written'
}

/** Runs a write, making the file's folder first when it is missing (once per folder, not per file). */
async function inFolder(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await mkdir(dirname(path), { recursive: true })
    await write()
  }
}

async function sameBytes(path: string, text: string): Promise<boolean> {
  const info = await stat(path).catch(() => null)
  // The size first: a changed feed seldom keeps it, and then nothing is read or encoded.
  if (!info?.isFile() || info.size !== Buffer.byteLength(text)) return false
  return (await readFile(path).catch(() => null))?.equals(Buffer.from(text)) ?? false
}
