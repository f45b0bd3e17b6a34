/** Staff sign-in for the browser tests, written once: the newsroom's Korean sign-in form, filled and sent. */
import { expect, type Page } from '@playwright/test';
import { testStaff } from './staff-credentials';

export type StaffRole = keyof typeof testStaff;
export type StaffCredentials = { email: string; password: string };

/**
 * Fills the sign-in form open on the page and sends it, waiting for nothing after: the caller says where it should
 * lead (a page, or the form again with a message).
 */
export async function submitSignIn(page: Page, { email, password }: StaffCredentials): Promise<void> {
  const signIn = page.getByRole('button', { name: '로그인' });
  // The form posts through JavaScript only: its button is enabled once that runs, and a click before reloads it empty.
  await expect(signIn).toBeEnabled();
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호', { exact: true }).fill(password);
  await signIn.click();
}

/**
 * Opens the sign-in page (of `site`, a server of the test's own, or the shared one), signs in as the seeded staff
 * member of `role` (or with the given e-mail and password) and waits to be on `next`, the newsroom's dashboard unless said.
 */
export async function signInAs(
  page: Page,
  who: StaffRole | StaffCredentials,
  { next, site = '' }: { next?: string; site?: string } = {},
): Promise<void> {
  await page.goto(`${site}/admin/sign-in${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`);
  await submitSignIn(page, typeof who === 'string' ? testStaff[who] : who);
  await expect(page).toHaveURL(new RegExp(`${(next ?? '/admin').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'));
}
