import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { postsFolderProblem } from '../check-posts-folder'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-posts-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('the posts folder, checked before any work', () => {
  it('names a missing path and says what it builds from', async () => {
    const missing = join(root, 'no-such')
    expect(await postsFolderProblem(missing)).toBe(
      `${missing}: no such folder. Broadsheet builds from a folder of Hexo posts (.md) or a Hexo site root (with _config.yml).`,
    )
  })

  it('refuses a file, and a folder with no posts in it', async () => {
    await writeFile(join(root, 'a.md'), '# not a folder')
    expect(await postsFolderProblem(join(root, 'a.md'))).toMatch(
      /a\.md is a file: broadsheet builds from/,
    )
    const empty = join(root, 'empty')
    await mkdir(join(empty, 'drafts'), { recursive: true })
    await writeFile(join(empty, 'drafts', 'notes.txt'), 'no post')
    expect(await postsFolderProblem(empty)).toBe(
      `${empty} holds no .md posts: broadsheet builds from a folder of Hexo posts (.md) or a Hexo site root (with _config.yml).`,
    )
  })

  it('accepts posts in sub-folders, by a link, or with a space before .md, as the scan finds them', async () => {
    await mkdir(join(root, 'posts', '2022', '01'), { recursive: true })
    await writeFile(join(root, 'posts', '2022', '01', 'a.md'), '---\ntitle: a\n---\n')
    expect(await postsFolderProblem(join(root, 'posts'))).toBeUndefined()
    await mkdir(join(root, 'linked'))
    await symlink(join(root, 'posts', '2022', '01', 'a.md'), join(root, 'linked', 'b.md'))
    expect(await postsFolderProblem(join(root, 'linked'))).toBeUndefined()
    await mkdir(join(root, 'spaced'))
    await writeFile(join(root, 'spaced', 'c .MD '), '---\ntitle: c\n---\n')
    expect(await postsFolderProblem(join(root, 'spaced'))).toBeUndefined()
  })

  it('looks in a Hexo site root’s source/_posts', async () => {
    const site = join(root, 'blog')
    await mkdir(join(site, 'source', '_posts'), { recursive: true })
    await writeFile(join(site, '_config.yml'), 'title: Blog\n')
    expect(await postsFolderProblem(site)).toBe(
      `${join(site, 'source', '_posts')} holds no .md posts: broadsheet builds from a folder of Hexo posts (.md) or a Hexo site root (with _config.yml).`,
    )
    await writeFile(join(site, 'source', '_posts', 'hello.md'), '---\ntitle: hi\n---\n')
    expect(await postsFolderProblem(site)).toBeUndefined()
  })

  it('passes on a broken _config.yml as the build would report it', async () => {
    await writeFile(join(root, '_config.yml'), 'title: [unclosed\n')
    expect(await postsFolderProblem(root)).toMatch(/_config\.yml is not valid YAML/)
  })
})
