import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

// A public address (documentation ranges count as reserved and are refused). It hears only of held comments and is
// deleted within the test, so the worker has nothing to send it.
const receiver = 'https://93.184.216.34/dateline-hook';

test('an admin registers a webhook, is refused a loopback address beside the field, sees its secret and deletes it', async ({ page }) => {
  await signInAs(page, 'ADMIN', { next: '/admin/webhooks' });
  await expect(page.getByRole('heading', { level: 1, name: '웹훅' })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole('form', { name: '웹훅 등록' });
  const url = form.getByRole('textbox', { name: '받을 주소 (http 또는 https)' });
  await url.fill('http://127.0.0.1:8080/hook');
  await form.getByRole('button', { name: '등록' }).click();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('내부망이나 루프백 주소로는 보낼 수 없습니다.');

  await url.fill(receiver);
  for (const event of ['article.published', 'article.updated', 'article.unpublished'])
    await form.getByRole('checkbox', { name: event }).uncheck();
  await form.getByRole('checkbox', { name: '댓글 보류 comment.held' }).check();
  await form.getByRole('button', { name: '등록' }).click();
  await expect(form.getByRole('status')).toHaveText(`${receiver} 웹훅을 등록했습니다.`);

  const listed = page.getByRole('region', { name: '등록된 웹훅' }).getByRole('listitem').filter({ hasText: receiver });
  await expect(listed).toContainText('댓글 보류');
  await listed.getByText('비밀 키 보기').click();
  await expect(listed).toContainText(/whsec_[\w-]{43}/);

  page.once('dialog', (dialog) => void dialog.accept());
  await listed.getByRole('button', { name: `삭제 ${receiver}` }).click();
  await expect(listed).toHaveCount(0);
});
