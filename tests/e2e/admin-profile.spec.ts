import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { testStaff } from '../support/staff-credentials';

const seedPhotoAlt = '남양주시와 중국 상주시 공무원들이 화면을 사이에 두고 화상 회의를 하는 모습';

test('a reporter writes an English bio and picks a portrait, fixing a field the form pointed out, and readers see both', async ({
  page,
}) => {
  await page.goto('/admin/sign-in?next=%2Fadmin%2Faccount');
  await page.getByLabel('이메일').fill(testStaff.REPORTER.email);
  await page.getByLabel('비밀번호', { exact: true }).fill(testStaff.REPORTER.password);
  // The sign-in form posts through JavaScript only: the button is enabled once it runs.
  const signIn = page.getByRole('button', { name: '로그인' });
  await expect(signIn).toBeEnabled();
  await signIn.click();
  await expect(page).toHaveURL(/\/admin\/account$/);

  const profile = page.getByRole('region', { name: '기자 페이지 정보' });
  await expect(profile.getByRole('textbox', { name: '이름(영어)' })).toHaveValue('Ha In-gyu');
  await expectNoAxeViolations(page);

  const bio = `Ha In-gyu covers Namyangju city hall. ${Date.now().toString(36)}`;
  const save = profile.getByRole('button', { name: '정보 저장' });
  await expect(save).toBeEnabled();
  await profile.getByRole('textbox', { name: '소개(영어)' }).fill(bio);
  await profile.getByRole('textbox', { name: '이름(영어)' }).fill('');
  await save.click();
  const nameEn = profile.getByRole('textbox', { name: '이름(영어)' });
  await expect(nameEn).toHaveAttribute('aria-invalid', 'true');
  await expect(nameEn).toHaveAccessibleDescription('입력해 주세요.');
  await expect(profile.getByRole('textbox', { name: '소개(영어)' })).toHaveValue(bio);
  await expectNoAxeViolations(page);

  await nameEn.fill('Ha In-gyu');
  await profile.getByRole('button', { name: '사진 목록에서 고르기' }).click();
  const seedPhoto = profile.getByRole('button', { name: seedPhotoAlt, exact: true });
  await seedPhoto.click();
  await expect(seedPhoto).toHaveAttribute('aria-pressed', 'true');
  await save.click();
  await expect(profile.getByRole('status')).toHaveText('정보를 저장했습니다.');
  await expect(nameEn).not.toHaveAttribute('aria-invalid');

  await page.goto('/en/reporters/ha-in-gyu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reporter Ha In-gyu');
  await expect(page.getByText(bio)).toBeVisible();
  const portrait = page.getByRole('img', { name: 'Ha In-gyu' });
  await expect(portrait).toBeVisible();
  await expect(page.locator('picture', { has: portrait }).locator('source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /\/media\/.+ \d+w/,
  );
  await expectNoAxeViolations(page);
});
