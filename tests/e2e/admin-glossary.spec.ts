import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { testStaff } from '../support/staff-credentials';
import { submitSignIn } from '../support/staff-sign-in';

async function signInAsEditor(page: Page) {
  await page.goto('/admin/glossary');
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await submitSignIn(page, testStaff.EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: '용어집' })).toBeVisible();
}

const termRow = (page: Page, ko: string) =>
  page
    .getByRole('table', { name: '용어집 용어' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: ko, exact: true }) });

test.beforeEach(async ({ page }) => {
  await signInAsEditor(page);
});

test('an editor adds a term and sees it listed; a term already there is refused next to its field, typing kept', async ({ page }) => {
  await expect(termRow(page, '상주시')).toContainText('Changzhou');
  await expectNoAxeViolations(page);

  const form = page.getByRole('form', { name: '용어 추가' });
  const ko = form.getByRole('textbox', { name: '한국어 용어' });
  const en = form.getByRole('textbox', { name: '영문 표기' });
  await ko.fill('강소성');
  await en.fill('Jiangsu Province');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.getByRole('status')).toHaveText('‘강소성’ 용어를 추가했습니다.');
  await expect(termRow(page, '강소성')).toContainText('Jiangsu Province');
  await expect(ko).toHaveValue('');

  await ko.fill('상주시');
  await en.fill('Sangju');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(ko).toHaveAttribute('aria-invalid', 'true');
  await expect(ko).toHaveAccessibleDescription('예: 상주시 이미 용어집에 있는 용어입니다.');
  await expect(ko).toHaveValue('상주시');
  await expect(en).toHaveValue('Sangju');
  await expectNoAxeViolations(page);
});

test('an editor corrects a term, then deletes it after confirming', async ({ page }) => {
  const form = page.getByRole('form', { name: '용어 추가' });
  await form.getByRole('textbox', { name: '한국어 용어' }).fill('외사판공실');
  await form.getByRole('textbox', { name: '영문 표기' }).fill('Foreign Office');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(termRow(page, '외사판공실')).toBeVisible();

  await termRow(page, '외사판공실').getByRole('link', { name: '수정 외사판공실' }).click();
  const edit = page.getByRole('form', { name: '‘외사판공실’ 수정' });
  await edit.getByRole('textbox', { name: '영문 표기' }).fill('Foreign Affairs Office');
  await edit.getByRole('textbox', { name: '메모' }).fill('중국 지방정부의 외사 부서');
  await expectNoAxeViolations(page);
  await edit.getByRole('button', { name: '저장' }).click();
  await expect(page).toHaveURL(/\/admin\/glossary$/);
  await expect(termRow(page, '외사판공실')).toContainText('Foreign Affairs Office');
  await expect(termRow(page, '외사판공실')).toContainText('중국 지방정부의 외사 부서');

  page.once('dialog', (dialog) => dialog.accept());
  await termRow(page, '외사판공실').getByRole('button', { name: '삭제 외사판공실' }).click();
  await expect(termRow(page, '외사판공실')).toHaveCount(0);
});
