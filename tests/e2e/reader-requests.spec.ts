import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { answeredChallenge, readChallengeAnswer } from '../support/challenge-answer';

const slug = 'namyangju-changzhou-video-conference';
const articlePath = `/ko/articles/${slug}`;
const unique = () => randomBytes(4).toString('hex');
/** A reader in a network (/48) of their own: reports hide a comment only from distinct networks. */
const someAddress = () => `2001:db8:${unique().slice(0, 4)}:${unique().slice(0, 4)}::1`;

/** The API requests a page makes, as `METHOD /path?query`, in order. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  return seen;
}

function commentForm(page: Page) {
  return page.locator('#comments').getByRole('form', { name: '댓글 쓰기' });
}

/** What a reader types and sends; the anti-spam number is answered through the test seam. */
async function writeComment(page: Page, nickname: string) {
  const form = commentForm(page);
  await form.getByLabel('닉네임').fill(nickname);
  await form.getByLabel('패스워드', { exact: true }).fill('secret-1');
  await form.getByLabel('내용').fill(`잘 읽었습니다 ${nickname}`);
  await expect(form).toHaveAttribute('data-challenge-id', /.+/u);
  await form.getByLabel('도배방지 숫자 입력').fill(await readChallengeAnswer((await form.getAttribute('data-challenge-id'))!));
  await form.getByRole('button', { name: '등록', exact: true }).click();
  await expect(page.locator('#comments').getByRole('listitem').filter({ hasText: nickname })).toBeVisible();
}

/** The count in the article's header as the cached page carries it, before any script runs. */
async function countInPage(request: APIRequestContext): Promise<number> {
  const html = await (await request.get(articlePath)).text();
  return Number(/href="#comments"[^>]*>댓글 (\d+)</u.exec(html)?.[1]);
}

/** A comment sent through the reader API from an address of its own. */
async function sendComment(request: APIRequestContext, baseURL: string) {
  const headers = { origin: baseURL, 'x-forwarded-for': someAddress() };
  const { id: challengeId } = await (
    await request.post(`/api/articles/${slug}/comments/challenge`, { headers, data: { locale: 'ko', kind: 'image' } })
  ).json();
  const posted = await request.post(`/api/articles/${slug}/comments`, {
    headers,
    data: {
      locale: 'ko',
      nickname: `독자${unique()}`,
      password: 'secret-1',
      content: `헤더 수 ${unique()}`,
      challengeId,
      answer: await readChallengeAnswer(challengeId),
    },
  });
  expect(posted.status()).toBe(201);
  return ((await posted.json()) as { comment: { id: string } }).comment.id;
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': someAddress() });
});

test('opening an article asks the API only for its view beacon; its comments load as the reader reaches them, a challenge once they start writing', async ({
  page,
}) => {
  const api = apiRequests(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(articlePath);
  await page.waitForLoadState('networkidle');
  // The pixel whose request counts the view (tests/e2e/most-read.spec.ts), and nothing else.
  expect(api).toEqual([`GET /api/articles/${slug}/view`]);
  // The boot script only: no framework runtime, and the comment section's code not yet.
  expect(scripts).toEqual([expect.stringMatching(/^\/islands\/boot-[\w-]+\.js$/u)]);

  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(commentForm(page)).toBeVisible();
  expect(api).toEqual([`GET /api/articles/${slug}/view`, `GET /api/articles/${slug}/comments?locale=ko&order=newest`]);
  expect(scripts.some((script) => /^\/islands\/chunks\/comments-/u.test(script))).toBe(true);

  await commentForm(page).getByLabel('닉네임').click();
  await expect(commentForm(page)).toHaveAttribute('data-challenge-id', /.+/u);
  await commentForm(page).getByLabel('패스워드', { exact: true }).click();
  await commentForm(page).getByLabel('내용').click();
  expect(api.filter((request) => request.endsWith('/comments/challenge'))).toEqual([`POST /api/articles/${slug}/comments/challenge`]);
});

test('following the comment count in the header loads the comments', async ({ page }) => {
  const api = apiRequests(page);
  await page.goto(articlePath);
  await page
    .getByRole('link', { name: /^댓글 \d+$/u })
    .first()
    .click();
  await expect(page).toHaveURL(/#comments$/u);
  await expect(commentForm(page)).toBeVisible();
  expect(api).toEqual([`GET /api/articles/${slug}/view`, `GET /api/articles/${slug}/comments?locale=ko&order=newest`]);
});

test('a reader who opens forty article pages in a row can still comment', async ({ page }) => {
  for (let view = 0; view < 40; view++) await page.goto(view % 2 ? articlePath : `/en/articles/${slug}`);
  await page.goto(articlePath);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await writeComment(page, `독자${unique()}`);
});

test('the count in the cached page follows posts, deletions and hiding at once, and the author sees their comment on reload', async ({
  page,
  request,
  baseURL,
}) => {
  const before = await countInPage(request);
  const nickname = `독자${unique()}`;
  await page.goto(articlePath);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await writeComment(page, nickname);
  await expect(page.getByRole('link', { name: `댓글 ${before + 1}`, exact: true })).toBeVisible();
  expect(await countInPage(request)).toBe(before + 1);

  await page.reload();
  await page.locator('#comments').scrollIntoViewIfNeeded();
  const mine = page.locator('#comments').getByRole('listitem').filter({ hasText: nickname });
  await expect(mine).toBeVisible();

  await mine.getByRole('button', { name: '삭제', exact: true }).click();
  await mine.getByLabel('패스워드', { exact: true }).fill('secret-1');
  await mine.getByRole('button', { name: '삭제하기' }).click();
  await expect(mine).toHaveCount(0);
  expect(await countInPage(request)).toBe(before);

  const id = await sendComment(request, baseURL!);
  expect(await countInPage(request)).toBe(before + 1);
  for (let reader = 0; reader < 3; reader++) {
    const headers = { origin: baseURL!, 'x-forwarded-for': someAddress() };
    const reported = await request.post(`/api/comments/${id}/reports`, {
      headers,
      data: { locale: 'ko', reason: 'SPAM', ...(await answeredChallenge(request, slug, headers)) },
    });
    expect(reported.status()).toBe(201);
  }
  expect(await countInPage(request)).toBe(before);
});
