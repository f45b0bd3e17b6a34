import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { answeredChallenge, readChallengeAnswer } from '../support/challenge-answer';
import { signInAs } from '../support/staff-sign-in';

const slug = 'namyangju-changzhou-video-conference';
const unique = () => randomBytes(4).toString('hex');
/**
 * A reader of their own: the site limits comments and reports per address, and trusts this proxy header; reports
 * hide a comment only from distinct networks (/24), so each reader is in one of their own.
 */
const someAddress = () => `10.${[...randomBytes(3)].join('.')}`;

type Reader = { request: APIRequestContext; baseURL: string };

const asReader = (baseURL: string, address: string) => ({ origin: baseURL, 'x-forwarded-for': address });

/** A comment sent through the reader API from an address of its own, the anti-spam image answered through the test seam. */
async function sendComment({ request, baseURL }: Reader, content: string, nickname: string) {
  const headers = asReader(baseURL, someAddress());
  const challenge = await request.post(`/api/articles/${slug}/comments/challenge`, { headers, data: { locale: 'ko', kind: 'image' } });
  expect(challenge.status()).toBe(201);
  const { id: challengeId } = (await challenge.json()) as { id: string };
  const answer = await readChallengeAnswer(challengeId);
  return request.post(`/api/articles/${slug}/comments`, {
    headers,
    data: { locale: 'ko', nickname, password: 'reader-pass', content, challengeId, answer },
  });
}

/** Posts a comment readers see at once; its id and nickname. */
async function postComment(reader: Reader, content: string, nickname = `독자${unique()}`): Promise<{ id: string; nickname: string }> {
  const posted = await sendComment(reader, content, nickname);
  expect(posted.status()).toBe(201);
  return { id: ((await posted.json()) as { comment: { id: string } }).comment.id, nickname };
}

/** A reader's report, their first on the article: with the anti-spam number answered. */
async function report({ request, baseURL }: Reader, id: string, reason: string) {
  const headers = asReader(baseURL, someAddress());
  const response = await request.post(`/api/comments/${id}/reports`, {
    headers,
    data: { locale: 'ko', reason, ...(await answeredChallenge(request, slug, headers)) },
  });
  expect(response.status()).toBe(201);
}

/** What readers get from the article's comment list, newest first. */
async function visibleIds({ request }: Reader): Promise<string[]> {
  const response = await request.get(`/api/articles/${slug}/comments`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { comments: { id: string }[] }).comments.map((c) => c.id);
}

const queueTable = (page: Page) => page.getByRole('table');
const rowWith = (page: Page, text: string) => queueTable(page).getByRole('row').filter({ hasText: text });

test('three readers’ reports hide a comment, which waits in the reported and held tabs with the reasons', async ({
  page,
  request,
  baseURL,
}) => {
  const reader = { request, baseURL: baseURL! };
  const content = `신고가 쌓일 댓글 ${unique()}`;
  const { id } = await postComment(reader, content);
  expect(await visibleIds(reader)).toContain(id);

  await report(reader, id, 'SPAM');
  await report(reader, id, 'SPAM');
  expect(await visibleIds(reader)).toContain(id);
  await report(reader, id, 'ABUSE');
  expect(await visibleIds(reader)).not.toContain(id);

  await signInAs(page, 'MODERATOR', { next: '/admin/comments?tab=reported' });
  await expect(page.getByRole('link', { name: /^신고 \d+$/u })).toHaveAttribute('aria-current', 'page');
  await expect(rowWith(page, content)).toContainText('신고 3건: 광고·도배 2, 욕설·비방 1');
  await expect(rowWith(page, content)).toContainText('보류 · 신고 누적');

  await page.getByRole('link', { name: /^보류 \d+$/u }).click();
  await expect(page).toHaveURL(/tab=held/u);
  await expect(rowWith(page, content)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a moderator deletes a reported comment as off-topic; readers no longer see it; the audit log says who and why', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const reader = { request, baseURL: baseURL! };
  const content = `기사와 상관없는 광고 ${unique()}`;
  const { id, nickname } = await postComment(reader, content);
  await report(reader, id, 'OFF_TOPIC');

  await signInAs(page, 'MODERATOR', { next: '/admin/comments?tab=reported' });
  const row = rowWith(page, content);
  await expect(row).toContainText('신고 1건: 기사와 관련 없는 글 1');
  await row.getByRole('checkbox', { name: `${nickname} 님의 댓글 선택` }).check();
  await expect(page.getByText('1개 선택됨')).toBeVisible();
  await page.getByRole('group', { name: '선택한 댓글 처리' }).getByRole('button', { name: '삭제', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: '댓글 1개 삭제' });
  await dialog.getByRole('button', { name: '삭제하기' }).click();
  await expect(dialog.getByText('이유를 골라 주세요.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('radio', { name: '기사와 관련 없는 글' }).check();
  await dialog.getByRole('button', { name: '삭제하기' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '댓글 1개를 삭제했습니다.' })).toBeVisible();
  await expect(rowWith(page, content)).toHaveCount(0);

  expect(await visibleIds(reader)).not.toContain(id);
  const readerPage = await browser.newPage();
  await readerPage.goto(`/ko/articles/${slug}`);
  await readerPage.locator('#comments').scrollIntoViewIfNeeded();
  await expect(readerPage.locator('#comments').getByRole('listitem').first()).toBeVisible();
  await expect(readerPage.locator('#comments')).not.toContainText(content);
  await readerPage.close();

  await page.getByRole('link', { name: /^삭제됨 \d+$/u }).click();
  await expect(rowWith(page, content)).toContainText('이도윤 님이 삭제 · 기사와 관련 없는 글');

  const admin = await browser.newPage();
  await signInAs(admin, 'ADMIN', { next: '/admin/audit' });
  const entry = admin.getByRole('row').filter({ hasText: content });
  await expect(entry).toContainText(`“${content}” 댓글을 삭제했습니다 (작성자 ${nickname}, 이유: 기사와 관련 없는 글)`);
  await expect(entry).toContainText('이도윤');
  await admin.close();
});

test('a moderator approves a held comment with the keyboard alone', async ({ page, request, baseURL }) => {
  const reader = { request, baseURL: baseURL! };
  const content = `다시 보여야 할 댓글 ${unique()}`;
  const { id, nickname } = await postComment(reader, content);
  for (const reason of ['SPAM', 'ABUSE', 'DEFAMATION']) await report(reader, id, reason);
  expect(await visibleIds(reader)).not.toContain(id);

  await signInAs(page, 'MODERATOR', { next: `/admin/comments?tab=held&nickname=${encodeURIComponent(nickname)}` });
  await expect(page.getByText('단축키: j·k 위아래 이동, x 선택, a 승인, d 삭제, r 복원')).toBeVisible();
  await expect(page.getByRole('button', { name: '승인', exact: true }).first()).toHaveAttribute('aria-keyshortcuts', 'a');
  await expect(rowWith(page, content)).toBeVisible();

  // Typing in a filter field is text, not a command.
  await page.getByLabel('내용').fill('ja');
  await expect(page.getByText('0개 선택됨')).toBeVisible();
  await page.getByLabel('내용').fill('');
  await page.getByRole('heading', { level: 1 }).click();

  await page.keyboard.press('j');
  await expect(rowWith(page, content)).toBeFocused();
  await page.keyboard.press('x');
  await expect(page.getByText('1개 선택됨')).toBeVisible();
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: '댓글 1개를 승인했습니다.' })).toBeVisible();
  await expect(rowWith(page, content)).toHaveCount(0);
  expect(await visibleIds(reader)).toContain(id);
});

test('the queue shows a new comment and its tab counts without a reload', async ({ page, request, baseURL }) => {
  await signInAs(page, 'MODERATOR', { next: '/admin/comments' });
  const allTab = page.getByRole('link', { name: /^전체 \d+$/u });
  const before = Number((await allTab.innerText()).replace(/\D/gu, ''));
  const content = `방금 올라온 댓글 ${unique()}`;
  await postComment({ request, baseURL: baseURL! }, content);
  await expect(rowWith(page, content)).toBeVisible({ timeout: 15_000 });
  await expect(allTab).not.toHaveText(new RegExp(`^전체 ${before}$`, 'u'));
});

test('the moderator’s dashboard counts reported, held and new comments since the last visit, linking into the queue, which clamps a long comment', async ({
  page,
  request,
  baseURL,
}) => {
  const reader = { request, baseURL: baseURL! };
  await signInAs(page, 'MODERATOR', { next: '/admin/comments' });
  await page.goto('/admin');
  const short = `짧은 댓글 ${unique()}`;
  const long = `긴 댓글 ${unique()}\n${'남양주시와 상주시가 함께 여는 화상 회의에 대해 한마디 덧붙입니다.\n'.repeat(12)}`;
  await postComment(reader, short);
  await postComment(reader, long);

  await page.goto('/admin');
  const card = page.getByRole('region', { name: '댓글 관리' });
  await card.getByRole('link', { name: '지난 방문 이후 새 댓글 2개 보기' }).click();
  await expect(page).toHaveURL(/\/admin\/comments$/u);
  const longRow = rowWith(page, long.split('\n')[0]!);
  const text = longRow.locator('p[lang]');
  const clamped = (await text.boundingBox())!.height;
  await longRow.getByRole('button', { name: '더 보기' }).click();
  await expect(longRow.getByRole('button', { name: '접기' })).toHaveAttribute('aria-expanded', 'true');
  expect((await text.boundingBox())!.height).toBeGreaterThan(clamped * 2);
  await expect(rowWith(page, short).getByRole('button', { name: '더 보기' })).toHaveCount(0);

  // Opening the queue was a visit: nothing is new since; what waits for a decision is still counted.
  await page.goto('/admin');
  await expect(card.getByRole('link', { name: '지난 방문 이후 새 댓글 0개 보기' })).toBeVisible();
  const reported = card.getByRole('link', { name: /^신고된 댓글 \d+개 보기$/u });
  const reportedCount = (await reported.innerText()).replace(/\D/gu, '');
  await reported.click();
  await expect(page).toHaveURL(/\/admin\/comments\?tab=reported$/u);
  await expect(page.getByRole('link', { name: `신고 ${reportedCount}`, exact: true })).toHaveAttribute('aria-current', 'page');
});

test('a moderator bans a nickname from the queue, deleting its comments; it is refused; the ban is lifted in the settings', async ({
  page,
  request,
  baseURL,
}) => {
  const reader = { request, baseURL: baseURL! };
  const content = `도배하는 사람의 댓글 ${unique()}`;
  const { nickname } = await postComment(reader, content);
  const postedAt = Date.now();

  await signInAs(page, 'MODERATOR', { next: `/admin/comments?nickname=${encodeURIComponent(nickname)}` });
  await rowWith(page, content).getByRole('checkbox').check();
  await page.getByRole('button', { name: '닉네임 차단' }).click();
  const dialog = page.getByRole('dialog', { name: '닉네임 차단' });
  await expect(dialog).toContainText(nickname);
  await dialog.getByRole('radio', { name: '1일' }).check();
  await dialog.getByLabel('차단 이유').fill('같은 글 반복');
  await dialog.getByRole('checkbox', { name: '이 작성자의 댓글도 모두 삭제' }).check();
  await dialog.getByRole('button', { name: '차단하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1건을 차단했습니다. 댓글 1개를 삭제했습니다.' })).toBeVisible();

  // The site takes one comment per nickname every 15 seconds; past that, the ban is what refuses it.
  await page.waitForTimeout(Math.max(0, postedAt + 16_000 - Date.now()));
  const refused = await sendComment(reader, `다시 ${unique()}`, nickname.toUpperCase());
  expect(refused.status()).toBe(403);

  await page.getByRole('link', { name: '댓글 설정' }).click();
  const ban = page.getByRole('table', { name: '지금 차단 중인 닉네임과 IP' }).getByRole('row').filter({ hasText: nickname.toLowerCase() });
  await expect(ban).toContainText('같은 글 반복');
  await expect(ban).toContainText('이도윤');
  page.once('dialog', (confirm) => void confirm.accept());
  await ban.getByRole('button', { name: `풀기 ${nickname.toLowerCase()}` }).click();
  await expect(ban).toHaveCount(0);
});

test('the settings keep a banned-words list: a banned word refuses a comment, a word already there is an error by its field', async ({
  page,
  request,
  baseURL,
}) => {
  const word = `금칙${unique()}`;
  await signInAs(page, 'MODERATOR', { next: '/admin/comments/settings' });
  await expectNoAxeViolations(page);
  const form = page.getByRole('form', { name: '금지어' });
  await form.getByLabel('단어').fill(` ${word} `);
  await form.getByLabel('단계').selectOption({ label: '금지' });
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.getByRole('status')).toHaveText(`‘${word}’을(를) 추가했습니다.`);
  await expect(form.getByLabel('단어')).toHaveValue('');

  await form.getByLabel('단어').fill(word);
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.getByLabel('단어')).toHaveAccessibleDescription('이미 목록에 있는 단어입니다.');
  await expect(form.getByLabel('단어')).toHaveValue(word);

  const refused = await sendComment({ request, baseURL: baseURL! }, `이건 ${word.split('').join(' ')} 입니다`, `독자${unique()}`);
  expect(refused.status()).toBe(403);

  const row = page.getByRole('table', { name: '금지어 목록' }).getByRole('row').filter({ hasText: word });
  page.once('dialog', (confirm) => void confirm.accept());
  await row.getByRole('button', { name: `빼기 ${word}` }).click();
  await expect(row).toHaveCount(0);
});

test('a moderator cannot edit articles', async ({ page, baseURL }) => {
  await signInAs(page, 'MODERATOR');
  const response = await page.goto('/admin/articles/new');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('권한이 없습니다');

  await page.goto('/admin/articles');
  await page
    .getByRole('link', { name: /상주시/u })
    .first()
    .click();
  await expect(page.getByText('이 기사를 고칠 권한이 없어 읽기만 할 수 있습니다.')).toBeVisible();
  await expect(page.getByRole('button', { name: '저장', exact: true })).toHaveCount(0);

  const upload = await page.request.post('/api/admin/photos', {
    headers: { origin: baseURL! },
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') } },
  });
  expect(upload.status()).toBe(403);
});

test('a reader (signed out) gets 401 from every moderation route, never a page', async ({ request, baseURL }) => {
  const headers = { origin: baseURL! };
  const calls = [
    request.get('/api/admin/comments/summary'),
    request.post('/api/admin/comments/actions', { headers, data: { action: 'delete', ids: [], reason: 'SPAM' } }),
    request.post('/api/admin/comments/bans', { headers, data: { kind: 'NICKNAME', values: ['x'], period: 'day', reason: 'x' } }),
  ];
  for (const response of await Promise.all(calls)) {
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: '로그인이 끝났습니다. 다시 로그인해 주세요.', fieldErrors: {} });
  }
});

test('the queue and the settings have no accessibility violations, in English too', async ({ page, browser }) => {
  await signInAs(page, 'MODERATOR', { next: '/admin/comments' });
  await expectNoAxeViolations(page);
  await page.goto(`/admin/comments?article=${slug}`);
  await expect(page.getByRole('form', { name: /의 댓글$/u })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/admin/comments/settings');
  await expectNoAxeViolations(page);

  // A context of its own: axe needs one, and the editor's session stays apart from the moderator's.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signInAs(editor, 'EDITOR');
  const chooseLanguage = async (label: string, button: string, locale: string) => {
    await editor.goto('/admin/account');
    await editor.getByLabel(label, { exact: true }).selectOption(locale);
    await editor.getByRole('button', { name: button }).click();
    await expect(editor.locator('html')).toHaveAttribute('lang', locale);
  };
  await chooseLanguage('언어', '언어 저장', 'en');
  try {
    for (const [path, title] of [
      ['/admin/comments?tab=deleted', 'Comments'],
      ['/admin/comments/settings', 'Comment settings'],
    ]) {
      await editor.goto(path!);
      await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title!);
      await expectNoAxeViolations(editor);
    }
  } finally {
    // Other browser tests expect the editor's interface in Korean.
    await chooseLanguage('Language', 'Save language', 'ko');
  }
  await editorContext.close();
});
