import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { testStaff } from '../support/staff-credentials';
import { signInAs, submitSignIn, type StaffRole } from '../support/staff-sign-in';

function navLinks(page: Page) {
  return page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('link');
}

const navByRole: Record<StaffRole, string[]> = {
  REPORTER: ['대시보드', '기사', '사진', '내 계정'],
  EDITOR: ['대시보드', '기사', '첫 화면', '사진', '용어집', '속보', '광고', '태그', '댓글', '내 계정'],
  MODERATOR: ['대시보드', '기사', '댓글', '내 계정'],
  ADMIN: [
    '대시보드',
    '기사',
    '첫 화면',
    '사진',
    '용어집',
    '속보',
    '광고',
    '태그',
    '댓글',
    '직원',
    '감사 기록',
    'API 키',
    '웹훅',
    '내 계정',
  ],
};

for (const role of Object.keys(navByRole) as StaffRole[]) {
  test(`the ${role.toLowerCase()} signs in and sees only what the role may use`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('대시보드');
    await expect(navLinks(page)).toHaveText(navByRole[role]);
  });
}

test('a wrong password is refused with a message that does not say which part was wrong', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await submitSignIn(page, { email: testStaff.EDITOR.email, password: 'not the password' });
  await expect(page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByLabel('이메일')).toHaveValue(testStaff.EDITOR.email);
});

test('signed out, an admin page leads to sign-in and back to it', async ({ page }) => {
  await page.goto('/admin/audit');
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Faudit$/);
  await submitSignIn(page, testStaff.ADMIN);
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('감사 기록');
});

test('a reporter opening the staff page is told it is not allowed', async ({ page }) => {
  await signInAs(page, 'REPORTER');
  const response = await page.goto('/admin/staff');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('권한이 없습니다');
});

test('the newsroom opens in the language chosen at sign-in, keeps it, and the browser remembers the choice', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom sign-in');
  await page.getByLabel('E-mail').fill(testStaff.MODERATOR.email);
  await page.getByLabel('Password').fill(testStaff.MODERATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('navigation', { name: 'Admin menu' }).getByRole('link', { name: 'Comments' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comments');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom sign-in');

  // The account page's switch is the same choice; it also puts the moderator back in Korean for the other tests.
  await page.getByLabel('E-mail').fill(testStaff.MODERATOR.email);
  await page.getByLabel('Password').fill(testStaff.MODERATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'My account' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('ko');
  await page.getByRole('button', { name: 'Save language' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('내 계정');
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('편집국 로그인');
});

test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('deactivating the moderator ends their open session at once', async ({ browser }) => {
  const moderator = await browser.newPage();
  await signInAs(moderator, 'MODERATOR');

  const admin = await browser.newPage();
  await signInAs(admin, 'ADMIN');
  await admin.goto('/admin/staff');
  const moderatorRow = admin.getByRole('row', { name: /이도윤/ });
  await moderatorRow.getByRole('button', { name: '비활성화: 이도윤' }).click();
  await expect(moderatorRow.getByRole('button', { name: '다시 활성화: 이도윤' })).toBeVisible();

  await moderator.reload();
  await expect(moderator).toHaveURL(/\/admin\/sign-in$/);
  await submitSignIn(moderator, testStaff.MODERATOR);
  await expect(moderator.getByText('이메일 또는 비밀번호가 올바르지 않습니다.')).toBeVisible();

  await admin.goto('/admin/audit');
  await expect(admin.getByRole('row').nth(1)).toContainText('이도윤 님의 계정을 비활성화했습니다');

  // Other browser tests sign in as the moderator.
  await admin.goto('/admin/staff');
  await moderatorRow.getByRole('button', { name: '다시 활성화: 이도윤' }).click();
  await expect(moderatorRow.getByRole('button', { name: '비활성화: 이도윤' })).toBeVisible();
});

test('an admin creates an account, whose owner signs in, changes password and language', async ({ page, browser }) => {
  await signInAs(page, 'ADMIN');
  await page.goto('/admin/staff/new');
  await page.getByLabel('이름(한국어)').fill('최신입');
  await page.getByLabel('이름(영어)').fill('Choi Sin-ip');
  await page.getByLabel('이메일').fill('Choi@Dateline.example');
  await page.getByLabel('기자 페이지 주소').fill('choi-sin-ip');
  await page.getByLabel('처음 비밀번호').fill('short');
  await page.getByRole('button', { name: '계정 만들기' }).click();
  await expect(page.getByText('비밀번호는 12자 이상이어야 합니다.')).toBeVisible();
  await expect(page.getByLabel('이름(한국어)')).toHaveValue('최신입');

  await page.getByLabel('처음 비밀번호').fill('first-password-123');
  await page.getByRole('button', { name: '계정 만들기' }).click();
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole('row', { name: /최신입/ })).toContainText('choi@dateline.example');

  const newcomer = await browser.newPage();
  await signInAs(newcomer, { email: 'choi@dateline.example', password: 'first-password-123' });
  await newcomer.getByRole('link', { name: '내 계정' }).click();

  await newcomer.getByLabel('언어', { exact: true }).selectOption('en');
  await newcomer.getByRole('button', { name: '언어 저장' }).click();
  await expect(newcomer.locator('html')).toHaveAttribute('lang', 'en');
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('My account');

  await newcomer.getByLabel('Current password').fill('first-password-123');
  await newcomer.getByLabel('New password', { exact: true }).fill('second-password-456');
  await newcomer.getByLabel('New password again').fill('second-password-456');
  await newcomer.getByRole('button', { name: 'Change password' }).click();
  await expect(newcomer).toHaveURL(/\/admin\/sign-in\?/);
  await expect(newcomer.getByText('Your password has been changed.', { exact: false })).toBeVisible();
  await newcomer.getByLabel('E-mail').fill('choi@dateline.example');
  await newcomer.getByLabel('Password').fill('second-password-456');
  await newcomer.getByRole('button', { name: 'Sign in' }).click();
  await expect(newcomer).toHaveURL(/\/admin\/account$/);
});

test('the sign-in page and the admin pages have no accessibility violations', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await expectNoAxeViolations(page);
  await page.goto('/admin/sign-in?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom sign-in');
  await expectNoAxeViolations(page);

  await page.goto('/admin/sign-in?lang=ko');
  await submitSignIn(page, testStaff.ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await expectNoAxeViolations(page);
  for (const path of ['/admin/staff', '/admin/staff/new', '/admin/audit', '/admin/account']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
