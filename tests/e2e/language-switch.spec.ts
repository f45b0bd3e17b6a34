import { expect, test, type Page } from '@playwright/test';

const slug = 'namyangju-changzhou-video-conference';

/** Each reader page in Korean, and the same page in English. */
const equivalents: readonly [string, string][] = [
  ['/ko', '/en'],
  ['/ko/sections/local', '/en/sections/local'],
  ['/ko/desks/gyeonggi-northeast', '/en/desks/gyeonggi-northeast'],
  ['/ko/reporters/ha-in-gyu', '/en/reporters/ha-in-gyu'],
  ['/ko/tags/namyangju', '/en/tags/namyangju'],
  ['/ko/search?q=남양주', '/en/search?q=남양주'],
  [`/ko/articles/${slug}`, `/en/articles/${slug}`],
];

const where = (page: Page) => {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search);
};

async function switchTo(page: Page, language: '한국어' | 'English') {
  const switcher = page
    .getByRole('banner')
    .getByRole('navigation', { name: language === 'English' ? '다른 언어로 읽기' : 'Read in another language' });
  await switcher.getByRole('link', { name: language, exact: true }).click();
}

test('the header offers 한국어 / English on every reader page and keeps the reader on the same page', async ({ page }) => {
  for (const [korean, english] of equivalents) {
    await page.goto(korean);
    await switchTo(page, 'English');
    await expect.poll(() => where(page), { message: `English of ${korean}` }).toBe(english);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await switchTo(page, '한국어');
    await expect.poll(() => where(page), { message: `Korean of ${english}` }).toBe(korean);
  }
});

test('the search keeps its query in the other language', async ({ page }) => {
  await page.goto('/ko/search?q=남양주');
  await switchTo(page, 'English');
  await expect(page.getByRole('searchbox', { name: 'Search term' })).toHaveValue('남양주');
});
