import { expect, test } from '@playwright/test';

const headline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';

test('a reader finds the seed article on the front page and reads it', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko$/);
  await page.getByRole('link', { name: headline }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByText('화상 회의 통해 도서관 교류와 한-중 수교 30주년 기념사업 등 논의')).toBeVisible();
  await expect(page.getByText('하인규 기자 | 기사입력 2022/05/19 [16:23]')).toBeVisible();

  const photo = page.getByRole('img', { name: /화상 회의/ });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await expect(page.locator('figcaption')).toContainText('(사진제공=남양주시청)');
  await expect(page.locator('figcaption')).toContainText('© 브레이크뉴스 하인규 기자');

  await expect(page.getByText('(남양주=브레이크뉴스 경기동북부)하인규 기자=남양주시(시장 조광한)는')).toBeVisible();
  await expect(page.getByText('한편, 남양주시는 포스트 코로나 시대에')).toBeVisible();
  await expect(page.getByRole('link', { name: 'popupnews24@naver.com' })).toBeVisible();
});

test('a made-up article address is a real 404 in Korean', async ({ page }) => {
  const response = await page.goto('/ko/articles/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
});

test('the sitemap lists the published article', async ({ request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain(`${baseURL}/ko/articles/namyangju-changzhou-video-conference`);
});
