import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const headline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';

test('a reader searches 상주 from the Korean front page and finds the seed article, match marked', async ({ page }) => {
  await page.goto('/ko');
  await page.getByRole('banner').getByRole('link', { name: '검색' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('검색');

  await page.getByRole('searchbox', { name: '검색어' }).fill('상주');
  await page.getByRole('button', { name: '검색' }).click();

  await expect(page).toHaveURL(/\/ko\/search\?q=%EC%83%81%EC%A3%BC$/);
  const results = page.getByRole('list', { name: '검색 결과' });
  const result = results.getByRole('link', { name: headline });
  await expect(result).toBeVisible();
  await expect(result.locator('mark')).toHaveText('상주');
  await expect(results.getByRole('listitem').first().locator('p mark').first()).toHaveText('상주');
  await expectNoAxeViolations(page);

  await result.click();
  await expect(page).toHaveURL(/\/ko\/articles\/namyangju-changzhou-video-conference$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('an English reader finds the article by its English name, and is told when nothing matches', async ({ page }) => {
  await page.goto('/en/search?q=Changzhou');
  await expect(page.getByRole('link', { name: 'Namyangju and Changzhou, China hold video conference to expand exchanges' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search term' }).fill('Pyongyang');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No articles contain “Pyongyang”.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an empty or too long query is refused next to the field', async ({ page }) => {
  await page.goto('/ko/search');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '검색' }).click();

  const field = page.getByRole('searchbox', { name: '검색어' });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('검색어를 입력해 주세요.');
  await expect(page.getByRole('list', { name: '검색 결과' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/ko/search?q=${encodeURIComponent('가'.repeat(101))}`);
  await expect(page.getByRole('searchbox', { name: '검색어' })).toHaveAccessibleDescription('검색어는 100자까지 입력할 수 있습니다.');
});
