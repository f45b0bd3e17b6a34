import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

test('an admin makes a content API key, sees it once, uses it, and revokes it', async ({ page }) => {
  await signInAs(page, 'ADMIN', { next: '/admin/api-keys' });
  await expect(page.getByRole('heading', { level: 1, name: 'API 키' })).toBeVisible();

  const form = page.getByRole('form', { name: '키 만들기' });
  await form.getByRole('textbox', { name: '이름' }).fill('로비 전광판');
  await form.getByRole('button', { name: '만들기' }).click();
  const made = page.getByRole('status').filter({ hasText: '‘로비 전광판’ 키를 만들었습니다' });
  await expect(made).toBeVisible();
  const key = await page.getByRole('textbox', { name: '새 API 키' }).inputValue();
  expect(key).toMatch(/^dlk_[\w-]{43}$/u);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '로비 전광판' }) });
  await expect(row).toContainText(key.slice(0, 12));
  await expectNoAxeViolations(page);

  const headers = { authorization: `Bearer ${key}` };
  const answer = await page.request.get('/api/v1/articles?locale=en&limit=1', { headers });
  expect(answer.status()).toBe(200);
  expect((await answer.json()).items).toHaveLength(1);
  const etag = answer.headers()['etag']!;
  const unchanged = await page.request.get('/api/v1/articles?locale=en&limit=1', { headers: { ...headers, 'if-none-match': etag } });
  expect(unchanged.status()).toBe(304);
  expect((await page.request.get('/api/v1/openapi.json')).status()).toBe(200);

  await page.reload();
  await expect(page.getByRole('textbox', { name: '새 API 키' })).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);

  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: /폐기/u }).click();
  await expect(row).toContainText('폐기', { timeout: 10_000 });
  await expect(row.getByRole('button')).toHaveCount(0);
  const refused = await page.request.get('/api/v1/articles', { headers });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toContain('API');
});
