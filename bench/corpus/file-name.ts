/** File names made from titles, as Hexo does: characters no file system accepts become `_`. */

const maxBytes = 200

export function fileNameFor(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  let name = title.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_').trim()
  if (name.startsWith('.')) name = `_${name.slice(1)}`
  if (name === '') name = 'untitled'
  if (Buffer.byteLength(name) > maxBytes) {
    const chars = [...name]
    while (Buffer.byteLength(chars.join('')) > maxBytes) chars.pop()
    name = chars.join('').trim()
  }
  return name
}

/** Hands out `<dir>/<name>.md`, adding ` (2)`, ` (3)` … when a title repeats in the same folder. */
export function createPathAllocator(): (dir: string, name: string) => string {
  const used = new Set<string>()
  return (dir, name) => {
    let candidate = `${dir}/${name}.md`
    for (let n = 2; used.has(candidate); n++) candidate = `${dir}/${name} (${n}).md`
    used.add(candidate)
    return candidate
  }
}
