import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const headline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';
const englishHeadline = 'Namyangju and Changzhou, China hold video conference to expand exchanges';

test('a reader goes from the front page to the Local section through the header', async ({ page }) => {
  await page.goto('/ko');
  await page.getByRole('navigation', { name: '섹션' }).getByRole('link', { name: '지역' }).click();

  await expect(page).toHaveURL(/\/ko\/sections\/local$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('지역');
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the reporter page shows the reporter in English, their desk, e-mail and articles', async ({ page }) => {
  await page.goto('/en/reporters/ha-in-gyu');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reporter Ha In-gyu');
  await expect(page.getByRole('link', { name: 'Northeastern Gyeonggi' })).toHaveAttribute('href', '/en/desks/gyeonggi-northeast');
  await expect(page.getByRole('link', { name: 'popupnews24@naver.com' })).toHaveAttribute('href', 'mailto:popupnews24@naver.com');
  await expect(page.getByRole('link', { name: englishHeadline })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Northeastern Gyeonggi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northeastern Gyeonggi');
  await expect(page.getByRole('link', { name: englishHeadline })).toBeVisible();
});

test("the article's byline leads to the reporter page, which names the reporter as 하인규 기자", async ({ page }) => {
  await page.goto('/ko/articles/namyangju-changzhou-video-conference');
  await page.getByRole('link', { name: '하인규 기자' }).click();

  await expect(page).toHaveURL(/\/ko\/reporters\/ha-in-gyu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('하인규 기자');
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
});

test('a damaged page cursor shows the first page, not an error', async ({ page }) => {
  const response = await page.goto('/ko/sections/local?after=not-a-cursor');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
});

for (const path of ['/ko/sections/nope', '/en/desks/nope', '/ko/reporters/nobody']) {
  test(`${path} is a 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: path.startsWith('/ko') ? '페이지를 찾을 수 없습니다' : 'Page not found' }),
    ).toBeVisible();
  });
}
