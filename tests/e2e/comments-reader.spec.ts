import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { answeredChallenge, readChallengeAnswer } from '../support/challenge-answer';

const slug = 'namyangju-changzhou-video-conference';
const koreanPage = `/ko/articles/${slug}`;
const englishPage = `/en/articles/${slug}`;

const unique = () => randomBytes(4).toString('hex');
const someAddress = () => `2001:db8:${unique().slice(0, 4)}:${unique().slice(0, 4)}::1`;

/**
 * Every test is a reader of its own: the site limits comments per address and per nickname, so each
 * gets an address (the proxy header the site trusts) and a nickname no other test uses.
 */
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': someAddress() });
});

const ko = {
  heading: /^댓글 \d+$/u,
  form: '댓글 쓰기',
  nickname: '닉네임',
  password: '패스워드',
  answer: '도배방지 숫자 입력',
  content: '내용',
  submit: '등록',
};

/**
 * As a reader gets there: the article, then a scroll down to its comments, whose code and list load only then.
 * Nothing of the comment section's own is fetched before.
 */
async function readComments(page: Page, path: string) {
  await page.goto(path);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(page.locator('#comments').getByText(/^(댓글을 불러오는 중입니다…|Loading comments…)$/u)).toHaveCount(0);
}

function commentSection(page: Page) {
  const section = page.locator('#comments');
  return {
    heading: section.getByRole('heading', { level: 2 }),
    form: section.getByRole('form', { name: ko.form }),
    items: section.getByRole('listitem'),
    itemBy: (nickname: string) => section.getByRole('listitem').filter({ hasText: nickname }),
  };
}

async function countIn(heading: Locator): Promise<number> {
  await expect(heading).toHaveText(/\d+$/u);
  return Number((await heading.innerText()).replace(/\D/gu, ''));
}

/** The challenge the form shows now (a new one once `previous` is replaced), answered through the test seam. */
async function answerChallenge(form: Locator, previous: string | null = null): Promise<string> {
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-challenge-id', /.+/u);
  if (previous) await expect(form).not.toHaveAttribute('data-challenge-id', previous);
  const id = (await form.getAttribute('data-challenge-id'))!;
  await form.getByLabel(ko.answer).fill(await readChallengeAnswer(id));
  return id;
}

async function fillComment(form: Locator, fields: { nickname: string; password: string; content: string }) {
  await form.getByLabel(ko.nickname).fill(fields.nickname);
  await form.getByLabel(ko.password, { exact: true }).fill(fields.password);
  await form.getByLabel(ko.content).fill(fields.content);
}

/** Another reader's comment, sent through the API from an address of their own while this reader has the page open. */
async function commentMeanwhile(request: APIRequestContext, baseURL: string): Promise<string> {
  const nickname = `다른독자${unique()}`;
  const headers = { origin: baseURL, 'x-forwarded-for': someAddress() };
  const challenge = await answeredChallenge(request, slug, headers);
  const data = { locale: 'ko', nickname, password: 'secret-0', content: `그사이에 쓴 댓글 ${nickname}`, ...challenge };
  expect((await request.post(`/api/articles/${slug}/comments`, { headers, data })).status()).toBe(201);
  return nickname;
}

async function postComment(page: Page, fields: { nickname: string; password: string; content: string }) {
  const { form, itemBy } = commentSection(page);
  await fillComment(form, fields);
  await answerChallenge(form);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(itemBy(fields.nickname)).toBeVisible();
}

test('a reader comments, sees it on top with the count grown, and deletes it with the wrong then the right password', async ({ page }) => {
  const nickname = `독자${unique()}`;
  await readComments(page, koreanPage);
  const { heading, form, items, itemBy } = commentSection(page);
  const before = await countIn(heading);
  const headerLink = page.getByRole('link', { name: `댓글 ${before}`, exact: true });
  await expect(headerLink).toHaveAttribute('href', '#comments');

  await fillComment(form, {
    nickname,
    password: 'secret-1',
    content: `교류가 계속되길 바랍니다 ${nickname}\n자료: https://www.nyj.go.kr/news.`,
  });
  await answerChallenge(form);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();

  const mine = itemBy(nickname);
  await expect(items.first()).toContainText(nickname);
  await expect(mine.getByRole('link', { name: 'https://www.nyj.go.kr/news', exact: true })).toHaveAttribute('rel', 'nofollow ugc noopener');
  await expect(mine).toContainText(/\d{4}\/\d{2}\/\d{2} \[\d{2}:\d{2}\]/u);
  await expect(heading).toHaveText(`댓글 ${before + 1}`);
  await expect(page.getByRole('link', { name: `댓글 ${before + 1}`, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '댓글을 등록했습니다.' })).toBeVisible();
  await expect(form.getByLabel(ko.content)).toHaveValue('');
  await expect(form.getByLabel(ko.password, { exact: true })).toHaveValue('');
  await expect(form.getByLabel(ko.nickname)).toHaveValue(nickname);

  await mine.getByRole('button', { name: '삭제', exact: true }).click();
  const deletion = mine.getByRole('form', { name: '댓글 삭제' });
  const password = deletion.getByLabel(ko.password, { exact: true });
  await expect(password).toBeFocused();
  await password.fill('not-my-password');
  await deletion.getByRole('button', { name: '삭제하기' }).click();
  await expect(deletion.getByText('패스워드가 맞지 않습니다.')).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(mine).toBeVisible();

  await password.fill('secret-1');
  await deletion.getByRole('button', { name: '삭제하기' }).click();
  await expect(mine).toHaveCount(0);
  await expect(heading).toHaveText(`댓글 ${before}`);
  await expect(headerLink).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '댓글을 삭제했습니다.' })).toBeVisible();

  await readComments(page, koreanPage);
  await expect(heading).toHaveText(`댓글 ${before}`);
  await expect(itemBy(nickname)).toHaveCount(0);
});

test('a refused comment keeps what the reader typed and says what is wrong next to the field', async ({ page }) => {
  const nickname = `검증${unique()}`;
  const content = `줄바꿈도\n그대로 남아야 합니다 ${nickname}`;
  await readComments(page, koreanPage);
  const { form, items } = commentSection(page);

  await fillComment(form, { nickname: 'x', password: 'secret-2', content });
  const first = await answerChallenge(form);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  const nicknameInput = form.getByLabel(ko.nickname);
  await expect(form.getByText('닉네임은 2자 이상 입력해 주세요.')).toBeVisible();
  await expect(nicknameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(nicknameInput).toBeFocused();
  await expect(form.getByRole('alert')).toHaveText('입력한 내용을 확인해 주세요.');
  await expect(form.getByLabel(ko.content)).toHaveValue(content);
  await expect(form.getByLabel(ko.password, { exact: true })).toHaveValue('secret-2');

  // Single use: a new number replaces the one just sent, and a wrong number is refused at its field.
  await nicknameInput.fill(nickname);
  const second = await answerChallenge(form, first);
  const digits = await readChallengeAnswer(second);
  await form.getByLabel(ko.answer).fill(digits === '00000' ? '11111' : '00000');
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(form.getByText('숫자가 맞지 않습니다. 새 숫자를 입력해 주세요.')).toBeVisible();
  await expect(form.getByLabel(ko.answer)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel(ko.content)).toHaveValue(content);

  await answerChallenge(form, second);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(items.first()).toContainText(nickname);
  await expect(items.first().getByText('줄바꿈도')).toHaveCSS('white-space', 'pre-line');
});

test('markup typed into the form is refused or shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const nickname = `태그${unique()}`;
  await readComments(page, koreanPage);
  const { form, itemBy } = commentSection(page);

  await fillComment(form, { nickname: '<b>굵게</b>', password: 'secret-3', content: '<img src=x onerror=alert(1)>' });
  const first = await answerChallenge(form);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(form.locator('#comment-content-error')).toHaveText('HTML 태그는 쓸 수 없습니다.');
  await expect(form.locator('#comment-nickname-error')).toContainText('HTML 태그는 쓸 수 없습니다.');
  await expect(form.getByLabel(ko.content)).toHaveValue('<img src=x onerror=alert(1)>');

  // Angle brackets that make no tag are ordinary text.
  const text = `a < b > c && "q" 'x' <3 ${nickname}`;
  await form.getByLabel(ko.nickname).fill(nickname);
  await form.getByLabel(ko.content).fill(text);
  await answerChallenge(form, first);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  const mine = itemBy(nickname);
  await expect(mine.getByText(text, { exact: true })).toBeVisible();
  await expect(page.locator('#comments img[src="x"], #comments b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the English page speaks English, and marks a Korean comment as Korean', async ({ page }) => {
  const nickname = `한국어${unique()}`;
  await readComments(page, koreanPage);
  await postComment(page, { nickname, password: 'secret-4', content: `번역 없이 읽는 댓글 ${nickname}` });

  await readComments(page, englishPage);
  const section = page.locator('#comments');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(/^Comments \d+$/u);
  await expect(page.getByRole('link', { name: /^Comments \d+$/u })).toHaveAttribute('href', '#comments');
  const form = section.getByRole('form', { name: 'Write a comment' });
  await form.scrollIntoViewIfNeeded();
  for (const label of ['Nickname', 'Anti-spam number', 'Comment']) await expect(form.getByLabel(label)).toBeVisible();
  // The same tab: the nickname of the comment just written on the Korean page is ready for the next one.
  await expect(form.getByLabel('Nickname')).toHaveValue(nickname);
  await expect(form.getByText('The number appears when you start writing.')).toBeVisible();
  await form.getByLabel('Nickname').click();
  await expect(form.getByLabel('Password', { exact: true })).toBeVisible();
  await expect(form.getByText('You need it to delete your comment.')).toBeVisible();
  await expect(form.getByRole('img', { name: 'Anti-spam number image' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Post', exact: true })).toBeVisible();
  await expect(form.getByText('may be deleted by the administrator without notice')).toBeVisible();
  await expect(section.getByRole('group', { name: 'Sort' }).getByRole('button', { name: 'Newest first' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const korean = section.getByRole('listitem').filter({ hasText: nickname });
  await expect(korean.getByText(`번역 없이 읽는 댓글 ${nickname}`)).toHaveAttribute('lang', 'ko');
  await expect(korean.getByRole('button', { name: 'Report' })).toBeVisible();

  await form.getByLabel('Nickname').fill('');
  await form.getByLabel('Password', { exact: true }).fill('1234');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(form.getByText('Enter a nickname of at least 2 characters.')).toBeVisible();
  await expect(form.getByText('A password of digits only needs at least 6 digits.')).toBeVisible();
  await expect(form.getByRole('alert')).toHaveText('Check what you entered.');
});

test('a reader who cannot see the image passes the automatic check instead', async ({ page }) => {
  const nickname = `자동${unique()}`;
  await readComments(page, koreanPage);
  const { form, itemBy } = commentSection(page);
  await form.getByLabel(ko.nickname).click();
  await expect(form.getByRole('img', { name: '도배방지 숫자 이미지' })).toBeVisible();

  await form.getByRole('button', { name: '이미지가 보이지 않나요? 자동 확인으로 바꾸기' }).click();
  await expect(form.getByText('자동 확인을 마쳤습니다. 댓글을 등록할 수 있습니다.')).toBeVisible({ timeout: 30_000 });
  await expect(form.getByLabel(ko.answer)).toHaveCount(0);
  await fillComment(form, { nickname, password: 'secret-5', content: `이미지 없이 올린 댓글 ${nickname}` });
  const used = (await form.getAttribute('data-challenge-id'))!;
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(itemBy(nickname)).toBeVisible();
  // The next comment needs a new check, which runs by itself.
  await expect(form).not.toHaveAttribute('data-challenge-id', used);
  await expect(form.getByText('자동 확인을 마쳤습니다. 댓글을 등록할 수 있습니다.')).toBeVisible({ timeout: 30_000 });
});

test('a reader reports a comment once, answering the number at their first report, and is told to slow down when posting again at once', async ({
  page,
}) => {
  const nickname = `신고${unique()}`;
  await readComments(page, koreanPage);
  await postComment(page, { nickname, password: 'secret-6', content: `신고 시험용 댓글 ${nickname}` });
  const { form, itemBy } = commentSection(page);
  const comment = itemBy(nickname);

  const report = async () => {
    await comment.getByRole('button', { name: '신고', exact: true }).click();
    const panel = comment.getByRole('form', { name: '댓글 신고' });
    await expect(panel.getByRole('radio').first()).toBeFocused();
    return panel;
  };
  let panel = await report();
  await panel.getByRole('button', { name: '신고하기' }).click();
  await expect(panel.getByText('신고 사유를 골라 주세요.')).toBeVisible();
  await panel.getByRole('radio', { name: '광고·도배' }).check();
  await panel.getByLabel('설명 (선택)').fill('같은 글이 반복됩니다.');
  await panel.getByRole('button', { name: '신고하기' }).click();
  // The reader's first report on the article costs the anti-spam number, asked for in the panel.
  await expect(panel.getByText('이 기사에서 처음 신고할 때는 도배방지 숫자를 입력해 주세요.')).toBeVisible();
  await expect(panel.getByLabel(ko.answer)).toBeFocused();
  await answerChallenge(panel);
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: '신고하기' }).click();
  await expect(comment.getByRole('status')).toHaveText('신고가 접수되었습니다. 감사합니다.');
  await expect(comment.getByRole('button', { name: '신고', exact: true })).toBeFocused();

  panel = await report();
  await panel.getByRole('radio', { name: '기타' }).check();
  await panel.getByRole('button', { name: '신고하기' }).click();
  await expect(panel.getByRole('alert')).toHaveText('이미 신고한 댓글입니다.');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  const content = `곧바로 또 쓰는 댓글 ${nickname}`;
  await fillComment(form, { nickname, password: 'secret-6', content });
  await answerChallenge(form);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('댓글을 너무 빨리 올리고 있습니다.');
  await expect(form.getByLabel(ko.content)).toHaveValue(content);
});

test('the comment section has no accessibility violations, with the form, its errors and a comment action open', async ({ page }) => {
  await readComments(page, koreanPage);
  const { form, items } = commentSection(page);
  await expectNoAxeViolations(page);
  await form.getByLabel(ko.nickname).click();
  await expect(form.getByRole('img', { name: '도배방지 숫자 이미지' })).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('입력한 내용을 확인해 주세요.');
  await items.first().getByRole('button', { name: '삭제', exact: true }).click();
  await expect(items.first().getByRole('form', { name: '댓글 삭제' })).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByRole('button', { name: '이미지가 보이지 않나요? 자동 확인으로 바꾸기' }).click();
  await expect(form.getByText('자동 확인을 마쳤습니다. 댓글을 등록할 수 있습니다.')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
});

test('a corrected field loses its error, a paste past 1,000 characters stays whole and is not sent, and the nickname stays for the session', async ({
  page,
  request,
  baseURL,
}) => {
  const nickname = `기억${unique()}`;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await readComments(page, koreanPage);
  const { form, itemBy } = commentSection(page);
  const nicknameInput = form.getByLabel(ko.nickname);
  const content = form.getByLabel(ko.content);

  await fillComment(form, { nickname: 'x', password: 'secret-7', content: `붙여 넣기 ${nickname}` });
  const first = await answerChallenge(form);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  const nicknameError = form.getByText('닉네임은 2자 이상 입력해 주세요.');
  await expect(nicknameError).toBeVisible();
  await nicknameInput.fill(nickname);
  await expect(nicknameError).toBeHidden();
  await expect(nicknameInput).not.toHaveAttribute('aria-invalid');
  await expect(form.getByRole('alert')).toBeHidden();

  // Pasted, not typed: a maxlength would have cut it at 1,000 without a word.
  const long = '가나다라마바사아자차'.repeat(120);
  await content.fill('');
  await page.evaluate((text) => navigator.clipboard.writeText(text), long);
  await content.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(content).toHaveValue(long);
  await expect(form.getByText('1,000자까지 쓸 수 있습니다. 지금 1,200자이니 200자를 줄여 주세요.')).toBeVisible();
  await expect(content).toHaveAttribute('aria-invalid', 'true');
  const posts: string[] = [];
  page.on('request', (sent) => sent.method() === 'POST' && sent.url().endsWith('/comments') && posts.push(sent.url()));
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(content).toBeFocused();
  expect(posts).toEqual([]);
  // Sent all the same, the server refuses it at its field.
  const refused = await request.post(`/api/articles/${slug}/comments`, {
    headers: { origin: baseURL!, 'x-forwarded-for': someAddress() },
    data: { locale: 'ko', nickname, password: 'secret-7', content: long, challengeId: first, answer: '00000' },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).fieldErrors.content).toEqual(['내용은 1,000자까지 쓸 수 있습니다.']);

  await content.fill(`붙여 넣기 ${nickname}`);
  await expect(content).not.toHaveAttribute('aria-invalid');
  await answerChallenge(form, first);
  await form.getByRole('button', { name: ko.submit, exact: true }).click();
  await expect(itemBy(nickname)).toBeVisible();
  await expect(nicknameInput).toHaveValue(nickname);

  await readComments(page, koreanPage);
  await expect(nicknameInput).toHaveValue(nickname);
  await expect(form.getByLabel(ko.password, { exact: true })).toHaveValue('');
});

test('after a post and a deletion the header, the heading and the list agree with what others wrote meanwhile, and the message leaves', async ({
  page,
  request,
  baseURL,
}) => {
  await page.clock.install();
  const nickname = `맞춤${unique()}`;
  await readComments(page, koreanPage);
  const { heading, form, itemBy } = commentSection(page);
  const before = await countIn(heading);
  const shown = async (count: number) => {
    await expect(heading).toHaveText(`댓글 ${count}`);
    await expect(page.getByRole('link', { name: `댓글 ${count}`, exact: true })).toBeVisible();
  };

  const first = await commentMeanwhile(request, baseURL!);
  await postComment(page, { nickname, password: 'secret-8', content: `수를 맞춰 봅니다 ${nickname}` });
  await expect(itemBy(first)).toBeVisible();
  await shown(before + 2);
  const posted = page.getByRole('status').filter({ hasText: '댓글을 등록했습니다.' });
  await expect(posted).toBeVisible();
  await form.getByLabel(ko.content).pressSequentially('또');
  await expect(posted).toBeHidden();

  const second = await commentMeanwhile(request, baseURL!);
  const mine = itemBy(nickname);
  await mine.getByRole('button', { name: '삭제', exact: true }).click();
  await mine.getByLabel(ko.password, { exact: true }).fill('secret-8');
  await mine.getByRole('button', { name: '삭제하기' }).click();
  await expect(mine).toHaveCount(0);
  await expect(itemBy(second)).toBeVisible();
  await shown(before + 2);
  const deleted = page.getByRole('status').filter({ hasText: '댓글을 삭제했습니다.' });
  await expect(deleted).toBeVisible();
  await page.clock.fastForward(5_000);
  await expect(deleted).toBeHidden();
});
