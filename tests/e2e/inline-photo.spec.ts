import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

const headline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';
const englishPath = '/en/articles/namyangju-changzhou-video-conference';

test('an editor places the article photo inside the English body; readers see it there, once', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, 'EDITOR');

  await page.goto('/admin/articles');
  await page.getByRole('link', { name: headline }).first().click();
  const save = page.getByRole('button', { name: '저장', exact: true });
  await expect(save).toBeEnabled();

  const english = page.getByRole('group', { name: '영문 번역' });
  await english.getByRole('textbox', { name: '본문' }).click();
  await page.keyboard.press('Control+End');
  await expect(english.getByRole('combobox', { name: '넣을 사진' })).toHaveValue(/[0-9a-f-]{36}/);
  await english.getByRole('button', { name: '사진 넣기' }).click();
  const preview = english.getByRole('textbox', { name: '본문' }).locator('figure');
  await expect(preview).toContainText('화상 회의');
  await expectNoAxeViolations(page);
  await save.click();
  await expect(page.getByText(/에 저장함$/)).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(englishPath);
  await expect(reader.locator('figure')).toHaveCount(1);
  const inBody = reader.locator('p ~ figure');
  await expect(inBody).toContainText('(Photo: Namyangju City Hall)');
  await expect(inBody.locator('img')).toHaveAttribute('loading', 'lazy');

  // Put the seed article back as the other journeys expect it.
  await preview.click();
  await page.keyboard.press('Delete');
  await expect(preview).toHaveCount(0);
  await save.click();
  await expect(page.getByText(/에 저장함$/)).toBeVisible();
  await reader.reload();
  await expect(reader.locator('p ~ figure')).toHaveCount(0);
  await expect(reader.locator('figure')).toHaveCount(1);
});
