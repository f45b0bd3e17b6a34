import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

const slug = 'namyangju-changzhou-video-conference';
const headline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';
const koreaToday = () => new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** An article's own comment mode, chosen where moderators choose it: the queue filtered by the article. */
async function setArticleMode(page: Page, mode: string) {
  await page.goto(`/admin/comments?article=${slug}`);
  const form = page.getByRole('form', { name: /의 댓글$/u });
  await form.getByLabel('이 기사의 댓글').selectOption(mode);
  await form.getByRole('button', { name: '저장' }).click();
  await expect(form.getByRole('status')).toHaveText('저장했습니다.');
}

/** Whether a cell's text sits on one line (a wrapped name has a box per line). */
const onOneLine = (cell: Locator) =>
  cell.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size === 1;
  });

test('the audit log says in sentences who did what to which article, linked, and filters by who, what and day', async ({ page }) => {
  await signInAs(page, 'ADMIN', { next: `/admin/comments?article=${slug}` });
  await setArticleMode(page, 'OPEN');
  await setArticleMode(page, 'follow');

  await page.goto('/admin/audit');
  const rows = page.getByRole('row');
  const latest = rows.nth(1);
  await expect(latest).toContainText(`“${headline}” 기사의 댓글 방식을 바꿨습니다 (열림 → 사이트 설정대로)`);
  await expect(rows.nth(2)).toContainText(`“${headline}” 기사의 댓글 방식을 바꿨습니다 (사이트 설정대로 → 열림)`);
  await expect(latest.getByRole('link', { name: headline })).toHaveAttribute('href', /^\/admin\/articles\/[0-9a-f-]{36}$/u);
  await expect(latest.getByText('comment.articleMode')).toBeHidden();
  const who = latest.getByRole('cell').nth(1);
  await expect(who).toHaveText('관리자');
  expect(await onOneLine(who)).toBe(true);
  await expectNoAxeViolations(page);

  const filters = page.getByRole('search', { name: '감사 기록 거르기' });
  await filters.getByLabel('누가').selectOption({ label: '관리자' });
  await filters.getByLabel('무엇을').selectOption({ label: '기사 댓글 방식' });
  await filters.getByLabel('시작일').fill(koreaToday());
  await filters.getByLabel('종료일').fill(koreaToday());
  await filters.getByRole('button', { name: '거르기' }).click();
  await expect(page).toHaveURL(/[?&]what=comment\.articleMode(&|$)/u);
  await expect(page).toHaveURL(new RegExp(`[?&]from=${koreaToday()}&to=${koreaToday()}`, 'u'));
  await expect(rows).toHaveCount(3);
  await expect(filters.getByLabel('무엇을')).toHaveValue('comment.articleMode');

  await filters.getByLabel('무엇을').selectOption({ label: '1면 전체' });
  await filters.getByRole('button', { name: '거르기' }).click();
  await expect(page.getByText('조건에 맞는 기록이 없습니다.')).toBeVisible();

  const response = await page.goto('/admin/audit?from=2026-13-01&who=nobody');
  expect(response?.status()).toBe(200);
  const alert = page.getByRole('alert').filter({ hasText: '시작일' });
  await expect(alert).toContainText('시작일은 2026-12-02처럼 연-월-일로 적어 주세요.');
  await expect(alert).toContainText('고른 직원을 찾을 수 없습니다.');
  await expect(rows.nth(1)).toContainText(headline);
});
