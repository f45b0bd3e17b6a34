import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoAxeViolations } from '../support/axe';
import { testStaff } from '../support/staff-credentials';
import { submitSignIn } from '../support/staff-sign-in';

async function signInAsReporter(page: Page) {
  await page.goto('/admin/media');
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await submitSignIn(page, testStaff.REPORTER);
  await expect(page.getByRole('heading', { level: 1, name: '사진' })).toBeVisible();
}

const uploadArea = (page: Page) => page.getByRole('region', { name: '사진 올리기' });

/** The file input is enabled once the page's JavaScript runs; a file chosen earlier would go nowhere. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const input = uploadArea(page).getByLabel('파일 고르기');
  await expect(input).toBeEnabled();
  await input.setInputFiles(file);
}

test.beforeEach(async ({ page }) => {
  await signInAsReporter(page);
});

test('a reporter uploads a photo, finds it in the library with its size, and writes its Korean alt text', async ({ page }) => {
  await expectNoAxeViolations(page);
  // A size of its own, so this run's photo is told apart from earlier runs' (the same bytes would be the same photo).
  const width = 1000 + Math.floor(Math.random() * 1000);
  const png = await sharp({ create: { width, height: 567, channels: 3, background: '#2d6a4f' } })
    .png()
    .toBuffer();
  await chooseFile(page, { name: 'city-hall.png', mimeType: 'image/png', buffer: png });
  // Storing makes AVIF and WebP copies at four widths: give it time.
  await expect(uploadArea(page).getByRole('status')).toHaveText('city-hall.png 파일을 올렸습니다.', { timeout: 30_000 });

  const photo = page
    .getByRole('region', { name: '사진 목록' })
    .getByRole('listitem')
    .filter({ hasText: `${width} × 567` });
  await expect(photo).toContainText('대체 텍스트 없음');
  await expect(photo).toContainText(new RegExp(`${width} × 567 · [\\d.]+kB`));
  await photo.getByRole('link').click();

  await expect(page.getByRole('heading', { level: 1, name: '사진 설명 고치기' })).toBeVisible();
  const korean = page.getByRole('group', { name: '한국어' });
  const alt = korean.getByRole('textbox', { name: '대체 텍스트' });
  await page.getByRole('button', { name: '저장' }).click();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(alt).toHaveAccessibleDescription(/입력해 주세요\./);

  await alt.fill('남양주시청 앞 광장');
  await korean.getByRole('textbox', { name: '사진 제공' }).fill('남양주시');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('status')).toHaveText('저장했습니다.');
  await expect(alt).not.toHaveAttribute('aria-invalid');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '사진 목록으로' }).click();
  await expect(photo.getByRole('link', { name: '남양주시청 앞 광장' })).toBeVisible();
});

test('a text file named like a photo is refused with the reason', async ({ page }) => {
  const text = Buffer.from('취재 메모: 사진이 아니라 글입니다.\n');
  await chooseFile(page, { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: text });
  await expect(uploadArea(page).getByRole('alert')).toHaveText(
    'JPEG, PNG, WebP, AVIF 사진만 올릴 수 있습니다. 파일 이름이 아니라 내용을 확인합니다.',
  );
  await expectNoAxeViolations(page);
});

test('the upload route refuses a request sent from another site, even with the staff cookie', async ({ page }) => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const response = await page.request.post('/api/admin/photos', {
    headers: { Origin: 'https://elsewhere.example' },
    multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: png } },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: '다른 사이트에서 보낸 요청은 받지 않습니다.', fieldErrors: {} });
});

test('the photo picker’s route pages the library and finds chosen photos by id, in the order asked', async ({ page }) => {
  const library = await (await page.request.get('/api/admin/photos')).json();
  expect(library.items.length).toBeGreaterThan(0);
  const ids: string[] = library.items
    .slice(0, 2)
    .map((photo: { id: string }) => photo.id)
    .reverse();
  const chosen = await (await page.request.get(`/api/admin/photos?ids=${ids.join(',')}`)).json();
  expect(chosen.items.map((photo: { id: string }) => photo.id)).toEqual(ids);
  expect((await page.request.get('/api/admin/photos?ids=not-an-id')).status()).toBe(400);
});

test('a reporter sets a photo’s focal point by clicking on it, fine-tunes it with the keyboard, and it is kept', async ({ page }) => {
  const width = 1000 + Math.floor(Math.random() * 1000);
  const png = await sharp({ create: { width, height: 600, channels: 3, background: '#1d3557' } })
    .png()
    .toBuffer();
  await chooseFile(page, { name: 'focus.png', mimeType: 'image/png', buffer: png });
  await expect(uploadArea(page).getByRole('status')).toHaveText('focus.png 파일을 올렸습니다.', { timeout: 30_000 });
  await page
    .getByRole('region', { name: '사진 목록' })
    .getByRole('listitem')
    .filter({ hasText: `${width} × 600` })
    .getByRole('link')
    .click();

  const focus = page.getByRole('form', { name: '사진 초점' });
  const picker = focus.getByRole('slider', { name: /초점 고르기/ });
  await expect(focus).toContainText('초점을 아직 정하지 않아 가운데를 기준으로 자릅니다.');
  // A click before the page's script has started is lost: click again until the picker answers. Where it lands is
  // within a percent of the spot aimed at (the photo's size is random, so its box is a fractional number of pixels).
  await expect(async () => {
    const area = await picker.boundingBox();
    await picker.click({ position: { x: area!.width * 0.2, y: area!.height * 0.3 } });
    await expect(picker).toHaveAttribute('aria-valuetext', /^초점: 왼쪽에서 (19|20|21)%, 위에서 (29|30|31)%$/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const [x, y] = (await picker.getAttribute('aria-valuetext'))!.match(/\d+/g)!.map(Number);
  const kept = `초점: 왼쪽에서 ${x! + 2}%, 위에서 ${y}%`;
  await picker.press('ArrowRight');
  await expect(picker).toHaveAttribute('aria-valuetext', kept);
  await expectNoAxeViolations(page);

  await focus.getByRole('button', { name: '초점 정하기' }).click();
  await expect(focus.getByRole('status')).toHaveText('초점을 저장했습니다. 잘린 사진을 새로 만들었습니다.', { timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('slider', { name: /초점 고르기/ })).toHaveAttribute('aria-valuetext', kept);
});
