import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '@/lib/auth/totp';
import { signInAs, submitSignIn } from '../support/staff-sign-in';

/** A newcomer of its own, so the seeded accounts other specs sign in with never get a second factor. */
async function createAccount(admin: Page, { nameKo, nameEn, email, slug, password }: Record<string, string>) {
  await admin.goto('/admin/staff/new');
  await admin.getByLabel('이름(한국어)').fill(nameKo!);
  await admin.getByLabel('이름(영어)').fill(nameEn!);
  await admin.getByLabel('이메일').fill(email!);
  await admin.getByLabel('기자 페이지 주소').fill(slug!);
  await admin.getByLabel('처음 비밀번호').fill(password!);
  await admin.getByRole('button', { name: '계정 만들기' }).click();
  await expect(admin).toHaveURL(/\/admin\/staff$/);
}

test('a staff member turns on two-factor sign-in in 내 계정 and then signs in with the app’s code', async ({ page, browser }) => {
  const account = { email: 'totp@dateline.example', password: 'totp-password-123' };
  const admin = await browser.newPage();
  await signInAs(admin, 'ADMIN');
  await createAccount(admin, { nameKo: '오인증', nameEn: 'Oh In-jeung', slug: 'oh-in-jeung', ...account });

  await signInAs(page, account, { next: '/admin/account' });
  await page.getByRole('button', { name: '2단계 인증 켜기' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  await expect(page.getByRole('link', { name: /^otpauth:\/\/totp\/Dateline:/ })).toBeVisible();
  await page.getByLabel('앱에 보이는 6자리 코드').fill(totpCode(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: '확인하고 켜기' }).click();
  await expect(page.getByText('인증 코드가 맞지 않습니다.', { exact: false })).toBeVisible();
  const enrolledAt = Date.now();
  await page.getByLabel('앱에 보이는 6자리 코드').fill(totpCode(secret, enrolledAt));
  await page.getByRole('button', { name: '확인하고 켜기' }).click();
  const recoveryCodes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(recoveryCodes).toHaveCount(10);
  const recoveryCode = (await recoveryCodes.first().textContent())!;
  await page.reload();
  await expect(page.getByTestId('recovery-codes')).toHaveCount(0);
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
  await expect(page.getByText('남은 복구 코드: 10개', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await submitSignIn(page, account);
  await expect(page.getByText('2단계 인증을 쓰는 계정입니다. 인증 앱의 코드를 입력해 주세요.')).toBeVisible();
  // The code that turned it on is spent; the app's next one signs in.
  await page.getByLabel('인증 코드').fill(totpCode(secret, enrolledAt));
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByText('인증 코드가 맞지 않습니다.', { exact: false })).toBeVisible();
  await page.getByLabel('인증 코드').fill(totpCode(secret, enrolledAt + 30_000));
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // A recovery code instead of the app, once.
  await page.getByRole('button', { name: '로그아웃' }).click();
  await submitSignIn(page, account);
  await page.getByLabel('인증 코드').fill(recoveryCode);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await admin.close();
});

test('an admin hands over a password reset link that works once', async ({ page, browser }) => {
  const admin = await browser.newPage();
  await signInAs(admin, 'ADMIN');
  await createAccount(admin, {
    nameKo: '강재설',
    nameEn: 'Kang Jae-seol',
    slug: 'kang-jae-seol',
    email: 'reset@dateline.example',
    password: 'forgotten-password-1',
  });
  await admin.getByRole('button', { name: '비밀번호 재설정 링크: 강재설' }).click();
  const link = (await admin.getByRole('status').filter({ hasText: '한 번 쓸 수 있는 링크' }).locator('output').textContent())!;
  expect(link).toMatch(/\/admin\/reset-password\/[A-Za-z0-9_-]{43}$/);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('새 비밀번호 정하기');
  await page.getByLabel('새 비밀번호', { exact: true }).fill('remembered-password-2');
  await page.getByLabel('새 비밀번호 확인').fill('remembered-password-2');
  await page.getByRole('button', { name: '비밀번호 정하기' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?/);
  await submitSignIn(page, { email: 'reset@dateline.example', password: 'remembered-password-2' });
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto(link);
  await expect(page.getByText('쓸 수 없는 링크입니다.', { exact: false })).toBeVisible();
  await admin.close();
});
