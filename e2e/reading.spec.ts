import { expect, test } from '@playwright/test'

// The reader's main journey: home → a category two levels down → an article → back by breadcrumb.
test('home, down two category levels, an article with its header image and body, breadcrumb back', async ({
  page,
}) => {
  await page.goto('/')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()

  // Level one from the tree, level two from the page's own list of subcategories.
  const tree = page.getByRole('navigation', { name: '分类', exact: true })
  await tree.getByRole('link', { name: '金融', exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: '金融' })).toBeVisible()
  await expect(page).toHaveURL(/\/category\/%E9%87%91%E8%9E%8D$/)
  await main
    .getByRole('navigation', { name: '子分类' })
    .getByRole('link', { name: /^新浪财经/ })
    .first()
    .click()
  await expect(main.getByRole('heading', { level: 1, name: '新浪财经' })).toBeVisible()
  await expect(tree.locator('a[aria-current="page"]')).toHaveText('新浪财经')

  // The seed-like article, from a subcategory: the page lists the node and its descendants.
  const title = '岁末年初港口集装箱吞吐量稳中有升 多地加快智慧码头建设'
  await main.getByRole('heading', { level: 2, name: title }).getByRole('link').click()

  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page).toHaveTitle(new RegExp(title.slice(0, 8)))
  // The header image is there, has loaded (the samples are local), and spans the text column.
  const header = main.locator('figure').first().locator('img')
  await expect(header).toBeVisible()
  await expect
    .poll(() => header.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true)
  const [imageBox, titleBox] = [await header.boundingBox(), await main.locator('h1').boundingBox()]
  expect(imageBox!.width).toBeGreaterThan(titleBox!.width * 0.9)
  expect(imageBox!.width / imageBox!.height).toBeCloseTo(16 / 9, 1)
  // The body: several paragraphs of the article's own text.
  const body = main.locator('.article-body')
  expect(await body.locator('p').count()).toBeGreaterThan(2)
  expect((await body.innerText()).length).toBeGreaterThan(200)

  // The article's breadcrumb leads back to its category.
  await main
    .getByRole('navigation', { name: '分类路径' })
    .getByRole('link', { name: '新浪财经', exact: true })
    .click()
  await expect(main.getByRole('heading', { level: 1, name: '新浪财经' })).toBeVisible()
  await expect(main.getByRole('link', { name: title })).toBeVisible()
})
