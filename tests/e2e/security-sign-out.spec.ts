import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { signInAs } from '../support/staff-sign-in';

/**
 * Issue 12, item 9: signing out used to delete only the browser's cookie, so a copy of it stayed a valid session
 * for 8 hours. Sign-out now ends that session on the server, and only that one.
 */
async function signedInDevice(browser: Browser): Promise<BrowserContext> {
  const device = await browser.newContext();
  const page = await device.newPage();
  await signInAs(page, 'EDITOR');
  return device;
}

test('a copy of a signed-out session’s cookie is refused, while the staff member’s other devices stay signed in', async ({ browser }) => {
  const laptop = await signedInDevice(browser);
  const phone = await signedInDevice(browser);
  const copied = await laptop.cookies();

  const laptopPage = laptop.pages()[0]!;
  await laptopPage.getByRole('button', { name: '로그아웃' }).click();
  await expect(laptopPage).toHaveURL(/\/admin\/sign-in$/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto('/admin');
  await expect(replayPage).toHaveURL(/\/admin\/sign-in$/);

  const phonePage = phone.pages()[0]!;
  await phonePage.goto('/admin/articles');
  await expect(phonePage).toHaveURL(/\/admin\/articles$/);

  await Promise.all([laptop.close(), phone.close(), replay.close()]);
});

test('a sign-out the server could not record says so, in the staff member’s language, and stays signed in', async ({ browser }) => {
  const device = await signedInDevice(browser);
  const page = device.pages()[0]!;
  await page.route('**/api/auth/signout', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '로그아웃하지 못했습니다. 잠시 후 다시 시도해 주세요.' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin$/);
  await device.close();
});
