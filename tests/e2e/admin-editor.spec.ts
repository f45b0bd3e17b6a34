import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

async function signedIn(browser: Browser, role: 'REPORTER' | 'EDITOR'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

async function writeColumn(page: Page, column: string, text: { headline: string; subtitle: string; city: string; body: string }) {
  const group = page.getByRole('group', { name: column });
  await group.getByRole('textbox', { name: '제목' }).fill(text.headline);
  await group.getByRole('button', { name: '부제 추가' }).click();
  await group.getByRole('textbox', { name: '부제 1' }).fill(text.subtitle);
  await group.getByRole('textbox', { name: '데이트라인 도시' }).fill(text.city);
  await group.getByRole('textbox', { name: '본문' }).click();
  await page.keyboard.type(text.body);
}

const run = Date.now().toString(36);
const koHeadline = `남양주시, 도서관 교류 확대 ${run}`;
const enHeadline = `Namyangju expands library exchanges ${run}`;

test('a reporter writes in Korean and English and submits; an editor publishes, edits and archives; readers see each change at once', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const reporter = await signedIn(browser, 'REPORTER');
  await reporter.getByRole('navigation', { name: '관리 메뉴' }).getByRole('link', { name: '기사' }).click();
  await expect(reporter.getByRole('heading', { level: 1, name: '기사' })).toBeVisible();
  await expectNoAxeViolations(reporter);

  await reporter.getByRole('link', { name: '새 기사' }).click();
  await writeColumn(reporter, '한국어 원문', {
    headline: koHeadline,
    subtitle: '상주시와 화상 회의',
    city: '남양주',
    body: '남양주시는 18일 화상 회의를 열었다.',
  });
  await writeColumn(reporter, '영문 번역', {
    headline: enHeadline,
    subtitle: 'A video conference with Changzhou',
    city: 'Namyangju',
    body: 'Namyangju held a video conference on the 18th.',
  });
  await reporter.getByRole('button', { name: '저장', exact: true }).click();
  await expect(reporter).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const slug = await reporter.getByRole('textbox', { name: '주소' }).inputValue();
  expect(slug).toBe(`namyangju-expands-library-exchanges-${run}`);
  await expectNoAxeViolations(reporter);

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/ko/articles/${slug}`))?.status()).toBe(404);

  await reporter.getByRole('button', { name: '검토 요청' }).click();
  await expect(reporter.getByText('검토를 요청했습니다.')).toBeVisible();
  await expect(reporter.getByRole('button', { name: '지금 게시' })).toHaveCount(0);

  const editor = await signedIn(browser, 'EDITOR');
  await editor.getByRole('region', { name: '검토 대기' }).getByRole('link', { name: koHeadline }).click();
  await editor.getByRole('button', { name: '지금 게시' }).click();
  await editor.getByRole('dialog', { name: '게시하기 전에 확인하세요' }).getByRole('button', { name: '게시', exact: true }).click();
  await expect(editor.getByText('게시했습니다.')).toBeVisible();

  expect((await reader.goto(`/ko/articles/${slug}`))?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(koHeadline);
  await reader.goto(`/en/articles/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(enHeadline);

  const corrected = `${koHeadline} (수정)`;
  await editor.getByRole('group', { name: '한국어 원문' }).getByRole('textbox', { name: '제목' }).fill(corrected);
  await editor.getByRole('button', { name: '저장', exact: true }).click();
  await expect(editor.getByText(/에 저장함$/)).toBeVisible();

  await reader.goto(`/ko/articles/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(corrected);

  // Archived, it leaves the site at once (and the feeds the other journeys check).
  await editor.getByRole('button', { name: '보관' }).click();
  await expect(editor.getByText('보관했습니다.')).toBeVisible();
  expect((await reader.goto(`/ko/articles/${slug}`))?.status()).toBe(404);
});

test('two people saving the same article: the second is shown what changed and keeps what they typed', async ({ browser }) => {
  const first = await signedIn(browser, 'EDITOR');
  await first.goto('/admin/articles/new');
  await writeColumn(first, '한국어 원문', { headline: `충돌 시험 ${run}`, subtitle: '부제', city: '구리', body: '본문입니다.' });
  await first.getByRole('button', { name: '저장', exact: true }).click();
  await expect(first).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);

  const second = await signedIn(browser, 'EDITOR');
  await second.goto(first.url());
  const headline = (page: Page) => page.getByRole('group', { name: '한국어 원문' }).getByRole('textbox', { name: '제목' });

  await headline(first).fill(`먼저 저장한 제목 ${run}`);
  await first.getByRole('button', { name: '저장', exact: true }).click();
  await expect(first.getByText(/에 저장함$/)).toBeVisible();

  await headline(second).fill(`나중에 저장한 제목 ${run}`);
  await second.getByRole('button', { name: '저장', exact: true }).click();
  const conflict = second.getByRole('alert').filter({ hasText: '다른 사람이 먼저 저장했습니다' });
  await expect(conflict).toContainText(`먼저 저장한 제목 ${run}`);
  await expect(headline(second)).toHaveValue(`나중에 저장한 제목 ${run}`);
  await expectNoAxeViolations(second);

  await conflict.getByRole('button', { name: '내 변경으로 덮어쓰기' }).click();
  await expect(second.getByText(/에 저장함$/)).toBeVisible();
  await second.reload();
  await expect(headline(second)).toHaveValue(`나중에 저장한 제목 ${run}`);
});

test('publishing and scheduling show a checklist first: cancel publishes nothing, one more click publishes anyway', async ({ browser }) => {
  const editor = await signedIn(browser, 'EDITOR');
  await editor.goto('/admin/articles/new');
  await expect(editor.getByRole('group', { name: '영문 번역' })).toContainText('누군가 이 칸에 제목과 본문을 써서 저장해야 생기며');
  await expect(editor.getByText('고른 사진은 본문에 넣지 않아도 기사 맨 위에 나옵니다').first()).toBeVisible();
  await expect(editor.getByText('첫 사진을 본문 맨 앞에 다시 넣지 않아도 됩니다')).toBeVisible();
  const headline = `게시 전 확인 ${run}`;
  await writeColumn(editor, '한국어 원문', { headline, subtitle: '부제', city: '구리', body: '확인하고 게시하는 기사입니다.' });
  await editor.getByRole('button', { name: '저장', exact: true }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const slug = await editor.getByRole('textbox', { name: '주소' }).inputValue();
  const reader = await (await browser.newContext()).newPage();
  const expected = ['섹션을 고르지 않았습니다.', '영문 기사가 없습니다.'];

  await editor.getByRole('textbox', { name: '게시할 때(한국 시간)' }).fill('2099-01-01T09:00');
  await editor.getByRole('button', { name: '예약 게시' }).click();
  const beforeScheduling = editor.getByRole('dialog', { name: '예약하기 전에 확인하세요' });
  await expect(beforeScheduling.getByRole('listitem')).toHaveText(expected);
  await beforeScheduling.getByRole('button', { name: '취소' }).click();
  await expect(beforeScheduling).toBeHidden();

  await editor.getByRole('button', { name: '지금 게시' }).click();
  const beforePublishing = editor.getByRole('dialog', { name: '게시하기 전에 확인하세요' });
  await expect(beforePublishing.getByRole('listitem')).toHaveText(expected);
  await expectNoAxeViolations(editor);
  await beforePublishing.getByRole('button', { name: '취소' }).click();
  await expect(beforePublishing).toBeHidden();
  await editor.reload();
  await expect(editor.getByText('작성 중', { exact: true })).toBeVisible();
  expect((await reader.goto(`/ko/articles/${slug}`))?.status()).toBe(404);

  await editor.getByRole('button', { name: '지금 게시' }).click();
  await beforePublishing.getByRole('button', { name: '게시', exact: true }).click();
  await expect(editor.getByText('게시했습니다.')).toBeVisible();
  expect((await reader.goto(`/ko/articles/${slug}`))?.status()).toBe(200);

  // Take the story off the site again, as the other journeys expect it.
  await editor.getByRole('button', { name: '보관' }).click();
  await expect(editor.getByText('보관했습니다.')).toBeVisible();
});

test('an editor crops a photo for this article only: the square moves with the keyboard, is saved with the article and is there after a reload', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const editor = await signedIn(browser, 'EDITOR');
  await editor.goto('/admin/articles/new');
  await writeColumn(editor, '한국어 원문', {
    headline: `사진 자르기 ${run}`,
    subtitle: '부제',
    city: '구리',
    body: '사진을 자른 기사입니다.',
  });
  const photos = editor.getByRole('region', { name: '사진', exact: true });
  await photos.getByRole('button', { name: '사진 목록에서 고르기' }).click();
  await photos.locator('button[aria-pressed="false"]').first().click();
  await photos.getByRole('button', { name: /^이 기사에서 자르기: / }).click();

  await photos.getByRole('button', { name: '작은 사진 1:1' }).click();
  await expect(photos.getByRole('status').filter({ hasText: '사진 초점대로 자름' })).toBeVisible();
  const area = photos.getByRole('slider', { name: /작은 사진 1:1 자를 곳/ });
  await photos.getByRole('slider', { name: '크기' }).fill('50');
  await expect(area).toHaveAttribute('aria-valuetext', /크기 50%$/);
  const before = await area.getAttribute('aria-valuetext');
  await area.focus();
  await editor.keyboard.press('Shift+ArrowLeft');
  await expect(area).not.toHaveAttribute('aria-valuetext', before!);
  const cropped = await area.getAttribute('aria-valuetext');
  await expect(photos.getByRole('status').filter({ hasText: '이 기사에서 자름' })).toBeVisible();
  await expect(photos.getByRole('button', { name: '작은 사진 1:1 ✓' })).toBeVisible();
  await expectNoAxeViolations(editor);

  await editor.getByRole('button', { name: '저장', exact: true }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await editor.reload();
  await photos.getByRole('button', { name: /^이 기사에서 자르기: / }).click();
  await photos.getByRole('button', { name: '작은 사진 1:1 ✓' }).click();
  await expect(photos.getByRole('slider', { name: /작은 사진 1:1 자를 곳/ })).toHaveAttribute('aria-valuetext', cropped!);
  await expect(photos.getByRole('button', { name: '대표 사진 16:9', exact: true })).toBeVisible();
});
