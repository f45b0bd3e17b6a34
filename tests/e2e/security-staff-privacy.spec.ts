import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs, type StaffRole } from '../support/staff-sign-in';

// Issue 12, items 4, 5 and 8 as staff and readers meet them in the browser.

const signInDomain = '@dateline.example';

async function signedIn(browser: Browser, role: StaffRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

test('readers see the public e-mail only, and reporter pages only for staff who published', async ({ page }) => {
  for (const slug of ['administrator', 'park-seo-yeon', 'lee-do-yun']) {
    const response = await page.goto(`/ko/reporters/${slug}`);
    expect(response?.status(), slug).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })).toBeVisible();
  }

  for (const path of ['/en/reporters/ha-in-gyu', '/ko/articles/namyangju-changzhou-video-conference']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'popupnews24@naver.com' }).first()).toHaveAttribute('href', 'mailto:popupnews24@naver.com');
    expect(await page.content(), path).not.toContain(signInDomain);
  }

  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain(signInDomain);
  expect(sitemap).toContain('/ko/reporters/ha-in-gyu');
  expect(sitemap).not.toContain('/reporters/administrator');
  for (const feed of ['/ko/rss.xml', '/en/rss.xml', '/news-sitemap.xml']) {
    expect(await (await page.request.get(feed)).text(), feed).not.toContain(signInDomain);
  }
});

test('a reporter sets a public e-mail in the profile, and readers see it instead of the old one', async ({ browser }) => {
  const reporter = await signedIn(browser, 'REPORTER');
  await reporter.goto('/admin/account');
  const profile = reporter.getByRole('region', { name: '기자 페이지 정보' });
  const contact = profile.getByRole('textbox', { name: '공개 이메일' });
  await expect(contact).toHaveValue('popupnews24@naver.com');
  const save = profile.getByRole('button', { name: '정보 저장' });
  await expect(save).toBeEnabled();

  await contact.fill('not an address');
  await save.click();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(contact).toHaveValue('not an address');

  await contact.fill('desk@news.example');
  await Promise.all([reporter.waitForResponse((response) => response.request().method() === 'POST'), save.click()]);
  await expect(profile.getByRole('status')).toHaveText('정보를 저장했습니다.');
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/ko/reporters/ha-in-gyu');
  await expect(reader.getByRole('link', { name: 'desk@news.example' })).toBeVisible();

  // Put the seed's address back for the other journeys.
  await contact.fill('popupnews24@naver.com');
  await Promise.all([reporter.waitForResponse((response) => response.request().method() === 'POST'), save.click()]);
  await reader.reload();
  await expect(reader.getByRole('link', { name: 'popupnews24@naver.com' })).toBeVisible();
});

test('an admin sets anyone’s public e-mail from the staff list', async ({ browser }) => {
  const admin = await signedIn(browser, 'ADMIN');
  await admin.goto('/admin/staff');
  // The row forms post through JavaScript: wait until the page's script runs.
  await admin.waitForLoadState('networkidle');
  const field = admin.getByRole('textbox', { name: '공개 이메일: 박서연' });
  await field.fill('nope');
  await admin.getByRole('button', { name: '공개 이메일 저장: 박서연' }).click();
  await expect(admin.getByRole('row', { name: /박서연/ }).getByRole('alert')).toHaveText('올바른 이메일 주소가 아닙니다.');
  await expect(field).toHaveValue('nope');
  await field.fill('');
  await admin.getByRole('button', { name: '공개 이메일 저장: 박서연' }).click();
  await expect(admin.getByRole('row', { name: /박서연/ }).getByRole('status')).toHaveText('저장했습니다.');
  await expectNoAxeViolations(admin);
});

test('unpublished stories are a 404 and out of the lists for those who may not open them', async ({ browser }) => {
  test.setTimeout(90_000);
  const headline = `미공개 초고 ${Date.now().toString(36)}`;
  const reporter = await signedIn(browser, 'REPORTER');
  await reporter.goto('/admin/articles/new');
  const korean = reporter.getByRole('group', { name: '한국어 원문' });
  await korean.getByRole('textbox', { name: '제목' }).fill(headline);
  await korean.getByRole('textbox', { name: '데이트라인 도시' }).fill('남양주');
  await korean.getByRole('textbox', { name: '본문' }).click();
  await reporter.keyboard.type('아직 게시하지 않은 기사입니다.');
  await reporter.getByRole('button', { name: '저장', exact: true }).click();
  await expect(reporter).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editorPath = new URL(reporter.url()).pathname;

  const moderator = await signedIn(browser, 'MODERATOR');
  for (const path of [editorPath, `${editorPath}/preview/ko`, `${editorPath}/preview/en`, `${editorPath}/revisions`]) {
    const response = await moderator.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(moderator.getByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeVisible();
    expect(await moderator.content(), path).not.toContain(headline);
  }
  await expectNoAxeViolations(moderator);
  await moderator.goto('/admin/articles');
  await expect(moderator.getByRole('link', { name: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최' })).toBeVisible();
  expect(await moderator.content()).not.toContain(headline);

  const editor = await signedIn(browser, 'EDITOR');
  expect((await editor.goto(`${editorPath}/preview/ko`))?.status()).toBe(200);
  await expect(editor.getByRole('heading', { level: 1, name: headline })).toBeVisible();
});

test('a reporter’s photo texts become editors’ once a story using the photo is published; the refused edit stays in the form', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const alt = `보안 시험 사진 ${run}`;
  const reporter = await signedIn(browser, 'REPORTER');
  const png = await sharp({ create: { width: 640 + Math.floor(Math.random() * 300), height: 480, channels: 3, background: '#335577' } })
    .png()
    .toBuffer();
  const upload = await reporter.request.post('/api/admin/photos', {
    headers: { Origin: new URL(reporter.url()).origin },
    multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: png }, 'ko.alt': alt },
  });
  expect(upload.status()).toBe(201);
  const { id: photoId } = (await upload.json()) as { id: string };

  await reporter.goto('/admin/articles/new');
  const korean = reporter.getByRole('group', { name: '한국어 원문' });
  await korean.getByRole('textbox', { name: '제목' }).fill(`사진 권한 시험 ${run}`);
  await korean.getByRole('textbox', { name: '데이트라인 도시' }).fill('구리');
  await korean.getByRole('textbox', { name: '본문' }).click();
  await reporter.keyboard.type('사진이 있는 기사입니다.');
  await reporter.getByRole('button', { name: '사진 목록에서 고르기' }).click();
  await reporter.getByRole('button', { name: alt, exact: true }).click();
  await reporter.getByRole('button', { name: '저장', exact: true }).click();
  await expect(reporter).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editorPath = new URL(reporter.url()).pathname;

  // A draft's photo is still the reporter's to describe.
  await reporter.goto(`/admin/media/${photoId}`);
  const caption = reporter.getByRole('group', { name: '한국어' }).getByRole('textbox', { name: '사진 설명' });
  await caption.fill('초고일 때 쓴 설명');
  await reporter.getByRole('button', { name: '저장' }).click();
  await expect(reporter.getByRole('status')).toHaveText('저장했습니다.');

  // The page is open with a new caption typed when an editor publishes the story.
  await caption.fill('게시된 뒤에 바꾸려는 설명');
  const editor = await signedIn(browser, 'EDITOR');
  await editor.goto(editorPath);
  await editor.getByRole('button', { name: '지금 게시' }).click();
  await editor.getByRole('dialog', { name: '게시하기 전에 확인하세요' }).getByRole('button', { name: '게시', exact: true }).click();
  await expect(editor.getByText('게시했습니다.')).toBeVisible();

  await reporter.getByRole('button', { name: '저장' }).click();
  await expect(reporter.locator('form').getByRole('alert')).toHaveText(/^이 사진의 설명은 편집자만 고칠 수 있습니다\./);
  await expect(caption).toHaveValue('게시된 뒤에 바꾸려는 설명');
  await expectNoAxeViolations(reporter);

  await reporter.reload();
  await expect(reporter.locator('form').getByRole('note')).toHaveText(/^이 사진의 설명은 편집자만 고칠 수 있습니다\./);
  await expect(caption).toBeDisabled();
  await expect(caption).toHaveValue('초고일 때 쓴 설명');

  // Take the story off the site again, as the other journeys expect it.
  await editor.getByRole('button', { name: '보관' }).click();
  await expect(editor.getByText('보관했습니다.')).toBeVisible();
});
