import { access, mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Writes a content-addressed file unless it is already there: same name, same bytes. */
export async function writeImmutable(root: string, name: string, data: string): Promise<boolean> {
  const path = join(root, name)
  try {
    await access(path)
    return false
  } catch {
    await writeAtomic(path, data)
    return true
  }
}

/** Write to a temporary name and rename, so a reader or a killed build never sees half a file. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, path)
}
