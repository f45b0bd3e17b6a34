import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const headline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';
const englishHeadline = 'Namyangju and Changzhou, China hold video conference to expand exchanges';
const articlePath = '/ko/articles/namyangju-changzhou-video-conference';

test('a reader finds the seed article on the front page and reads it', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko$/);
  await page.getByRole('link', { name: headline }).first().click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByText('화상 회의 통해 도서관 교류와 한-중 수교 30주년 기념사업 등 논의')).toBeVisible();
  await expect(page.getByText('하인규 기자 | 기사입력 2022/05/19 [16:23]')).toBeVisible();

  const photo = page.getByRole('img', { name: /화상 회의/ });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
  await expect(page.locator('figcaption')).toContainText('(사진제공=남양주시청)');
  await expect(page.locator('figcaption')).toContainText('© 브레이크뉴스 하인규 기자');

  await expect(page.getByText('(남양주=브레이크뉴스 경기동북부)하인규 기자=남양주시(시장 조광한)는')).toBeVisible();
  await expect(page.getByText('한편, 남양주시는 포스트 코로나 시대에')).toBeVisible();
  await expect(page.getByRole('link', { name: 'popupnews24@naver.com' })).toBeVisible();
});

test('a reader switches to the English translation, told it is machine-made, and back', async ({ page }) => {
  await page.goto(articlePath);
  await page.getByRole('link', { name: 'English' }).click();

  await expect(page).toHaveURL(/\/en\/articles\/namyangju-changzhou-video-conference$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishHeadline);
  // The Korean original is on its own page, not above: the notice names it with a link instead of pointing above.
  await expect(page.getByText('이 글은 한국어 원문을 구글번역이 번역한 영문의 전문이다.', { exact: false })).toBeVisible();
  await expect(
    page.getByText('This is the English translation of the Korean original by Google Translate.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('the above text', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'the Korean original' })).toHaveAttribute('href', articlePath);
  await expect(page.getByText('Reporter Ha In-gyu | Published May 19, 2022, 4:23 PM KST')).toBeVisible();
  await expect(page.locator('figcaption')).toContainText('Namyangju holds a video conference with Changzhou, China, to expand exchanges');
  await expect(page.locator('figcaption')).toContainText('(Photo: Namyangju City Hall)');
  await expect(page.getByText('(Namyangju = Break News, Northeastern Gyeonggi) = Namyangju City (Mayor Gwanghan Jo)')).toBeVisible();

  await page.getByRole('link', { name: '한국어', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('a made-up article address is a real 404 in the page language', async ({ page }) => {
  const korean = await page.goto('/ko/articles/no-such-story');
  expect(korean?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();

  const english = await page.goto('/en/articles/no-such-story');
  expect(english?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the photo-news strip pages by button and keyboard', async ({ page }) => {
  await page.goto('/ko');
  const strip = page.getByRole('region', { name: '포토뉴스' });
  await expect(strip.getByText(/^1\/\d+$/)).toBeVisible();
  await strip.getByRole('button', { name: '다음' }).click();
  await page.keyboard.press('ArrowLeft');
  await expect(strip.getByText(/^1\/\d+$/)).toBeVisible();
});

for (const path of ['/ko', '/en', articlePath, '/en/articles/namyangju-changzhou-video-conference']) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
