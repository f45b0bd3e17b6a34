import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as listRoute, POST as postRoute } from '@/pages/api/articles/[slug]/comments';
import { POST as challengeRoute } from '@/pages/api/articles/[slug]/comments/challenge';
import { POST as deletionRoute } from '@/pages/api/comments/[id]/deletion';
import { POST as reportRoute } from '@/pages/api/comments/[id]/reports';
import { hashPassword } from '@/lib/auth/password';
import type { StaffSession } from '@/lib/auth/staff-session';
import { createDatabase, type Database } from '@/lib/db/client';
import { addArticle, answeredChallenge, formFor, someNickname, storeComment, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/staff-session', () => ({ staffOfRequest: async () => route.staff }));

stubCommentEnvironment('comment-routes');
const own = ownTestDatabase('comment_routes');
let db: Database;
let article: { id: string; slug: string };

const site = 'http://127.0.0.1:3000';
/** A reader of their own: an address no other request in this file uses. */
const someIp = () => `10.${[...randomBytes(3)].join('.')}`;

function request(path: string, body?: unknown, { origin = site, ip = someIp() }: { origin?: string; ip?: string } = {}) {
  const init: RequestInit = { headers: { host: '127.0.0.1:3000', origin, 'x-forwarded-for': ip, 'content-type': 'application/json' } };
  if (body !== undefined) Object.assign(init, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return new Request(`${site}${path}`, init);
}

const slugParams = (slug = article.slug) => ({ slug });
const idParams = (id: string) => ({ id });
const commentsPath = (slug = article.slug) => `/api/articles/${slug}/comments`;

beforeAll(async () => {
  db = own.db;
  route.db = db;
  article = await addArticle(db);
});
afterEach(() => {
  route.db = db;
  route.staff = null;
});

describe('POST /api/articles/[slug]/comments', () => {
  it('answers 201 with the comment as readers see it', async () => {
    const response = await postRoute(request(commentsPath(), await formFor(article.id, { content: '첫 댓글 <3' })), slugParams());
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      held: false,
      comment: {
        id: expect.any(String),
        nickname: expect.any(String),
        content: '첫 댓글 <3',
        locale: 'ko',
        createdAt: expect.any(String),
        staff: false,
      },
    });
  });

  it('gives a signed-in staff member’s comment the badge', async () => {
    const staff = await db.staff.create({
      data: {
        slug: 'route-editor',
        email: 'route-editor@dateline.example',
        nameKo: '편집',
        nameEn: 'Editor',
        role: 'EDITOR',
        passwordHash: 'unused',
      },
    });
    route.staff = { id: staff.id, email: staff.email, role: 'EDITOR', nameKo: '편집', nameEn: 'Editor', uiLocale: 'ko' };
    const response = await postRoute(request(commentsPath(), await formFor(article.id)), slugParams());
    expect(await response.json()).toMatchObject({ comment: { staff: true } });
  });

  it('answers 202 without the comment when it is held', async () => {
    const moderated = await addArticle(db, { commentMode: 'PREMODERATED' });
    const response = await postRoute(request(commentsPath(moderated.slug), await formFor(moderated.id)), slugParams(moderated.slug));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ comment: null, held: true });
  });

  it('answers field errors in the page’s language, markup and scripts included', async () => {
    const form = await formFor(article.id, { locale: 'en', nickname: 'x', password: '12', content: '<script>alert(1)</script>' });
    const response = await postRoute(request(commentsPath(), form), slugParams());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Check what you entered.',
      fieldErrors: {
        nickname: ['Enter a nickname of at least 2 characters.'],
        password: ['Enter a password of at least 4 characters.'],
        content: ['HTML tags cannot be used.'],
      },
    });
  });

  it('answers 400 in Korean for a body that is not JSON or not a comment', async () => {
    for (const body of ['{"nickname": ', '[1, 2]', 'null']) {
      const response = await postRoute(request(commentsPath(), body), slugParams());
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe('입력한 내용을 확인해 주세요.');
    }
  });

  it('puts a wrong anti-spam number under the answer field', async () => {
    const form = await formFor(article.id);
    const response = await postRoute(
      request(commentsPath(), { ...form, answer: form.answer === '00000' ? '11111' : '00000' }),
      slugParams(),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: '입력한 내용을 확인해 주세요.',
      fieldErrors: { answer: ['숫자가 맞지 않습니다. 새 숫자를 입력해 주세요.'] },
    });
  });

  it('answers 429 with Retry-After to a reader posting too fast', async () => {
    const nickname = someNickname();
    expect((await postRoute(request(commentsPath(), await formFor(article.id, { nickname })), slugParams())).status).toBe(201);
    const response = await postRoute(request(commentsPath(), await formFor(article.id, { nickname, locale: 'en' })), slugParams());
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(10);
    expect((await response.json()).error).toMatch(/^You are posting comments too quickly\. Slow down and try again in \d+ seconds\.$/);
  });

  it('answers 409 to the same comment twice', async () => {
    const content = '두 번 올린 댓글';
    expect((await postRoute(request(commentsPath(), await formFor(article.id, { content })), slugParams())).status).toBe(201);
    const response = await postRoute(request(commentsPath(), await formFor(article.id, { content })), slugParams());
    expect(response.status).toBe(409);
    expect((await response.json()).fieldErrors).toEqual({ content: ['같은 댓글을 이미 올리셨습니다.'] });
  });

  it('answers 403 neutrally to a banned nickname, and 403 where comments are closed', async () => {
    const nickname = someNickname();
    await db.commentBan.create({ data: { kind: 'NICKNAME', value: nickname } });
    const banned = await postRoute(request(commentsPath(), await formFor(article.id, { nickname })), slugParams());
    expect(banned.status).toBe(403);
    expect(await banned.json()).toEqual({ error: '이 댓글은 게시할 수 없습니다.', fieldErrors: {} });

    const closed = await addArticle(db, { commentMode: 'CLOSED' });
    const refused = await postRoute(request(commentsPath(closed.slug), await formFor(closed.id)), slugParams(closed.slug));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: '이 기사는 댓글을 받지 않습니다.', fieldErrors: {} });
  });

  it('refuses a request from another site, and answers 404 for an article readers cannot see', async () => {
    const crossSite = await postRoute(request(commentsPath(), await formFor(article.id), { origin: 'https://evil.example' }), slugParams());
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: '다른 사이트에서 보낸 요청은 받지 않습니다.', fieldErrors: {} });
    const missing = await postRoute(request(commentsPath('gone'), await formFor(article.id)), slugParams('gone'));
    expect(missing.status).toBe(404);
  });

  it('answers 503 while the database is unreachable', async () => {
    route.db = createDatabase('postgresql://postgres@127.0.0.1:1/none');
    const response = await postRoute(request(commentsPath(), await formFor(article.id, { locale: 'en' })), slugParams());
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'Comments cannot be handled just now. Try again shortly.', fieldErrors: {} });
  });
});

describe('GET /api/articles/[slug]/comments', () => {
  it('answers the first page from the shared cache, newest or oldest first, until a comment changes it', async () => {
    const listed = await addArticle(db);
    const older = await storeComment(db, listed.id, { createdAt: new Date(Date.now() - 60_000) });
    const newer = await storeComment(db, listed.id);
    const response = await listRoute(request(commentsPath(listed.slug)), slugParams(listed.slug));
    expect(response.status).toBe(200);
    // Browsers ask again each time (with the ETag, so an unchanged list costs a 304).
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const page = await response.json();
    expect(page).toMatchObject({ count: 2, mode: 'OPEN', nextCursor: null });
    expect(page.comments.map((c: { id: string }) => c.id)).toEqual([newer.id, older.id]);
    const oldest = await (await listRoute(request(`${commentsPath(listed.slug)}?order=oldest`), slugParams(listed.slug))).json();
    expect(oldest.comments.map((c: { id: string }) => c.id)).toEqual([older.id, newer.id]);

    const revisit = request(commentsPath(listed.slug));
    revisit.headers.set('if-none-match', response.headers.get('etag')!);
    expect((await listRoute(revisit, slugParams(listed.slug))).status).toBe(304);

    const posted = await postRoute(request(commentsPath(listed.slug), await formFor(listed.id)), slugParams(listed.slug));
    expect(posted.headers.get('set-cookie')).toMatch(/^dateline_commented=1; Path=\/api\/articles\/; Max-Age=10; HttpOnly/);
    const { comment } = await posted.json();
    const after = await (await listRoute(request(commentsPath(listed.slug)), slugParams(listed.slug))).json();
    expect(after.count).toBe(3);
    expect(after.comments.map((c: { id: string }) => c.id)).toEqual([comment.id, newer.id, older.id]);
  });

  it('answers later pages as they are, kept by no cache', async () => {
    const listed = await addArticle(db);
    for (let i = 0; i < 21; i++) await storeComment(db, listed.id, { createdAt: new Date(Date.now() - i * 1000) });
    const first = await (await listRoute(request(commentsPath(listed.slug)), slugParams(listed.slug))).json();
    const later = await listRoute(request(`${commentsPath(listed.slug)}?cursor=${first.nextCursor}`), slugParams(listed.slug));
    expect(later.headers.get('cache-control')).toBe('no-store');
    expect((await later.json()).comments).toHaveLength(1);
  });

  it('answers 400 to a made-up cursor and 404 to an unpublished article', async () => {
    expect((await listRoute(request(`${commentsPath()}?cursor=garbage`), slugParams())).status).toBe(400);
    const draft = await addArticle(db, { published: false });
    expect((await listRoute(request(commentsPath(draft.slug)), slugParams(draft.slug))).status).toBe(404);
  });
});

describe('POST /api/articles/[slug]/comments/challenge', () => {
  const challengePath = (slug = article.slug) => `${commentsPath(slug)}/challenge`;

  it('answers an image as a PNG data URL, or a proof of work, never cached', async () => {
    const image = await challengeRoute(request(challengePath(), { locale: 'ko', kind: 'image' }), slugParams());
    expect(image.status).toBe(201);
    expect(image.headers.get('cache-control')).toBe('no-store');
    const imageBody = await image.json();
    expect(imageBody).toEqual({
      id: expect.any(String),
      kind: 'image',
      image: expect.stringMatching(/^data:image\/png;base64,/),
      expiresAt: expect.any(String),
    });

    const proof = await challengeRoute(request(challengePath(), { locale: 'en', kind: 'proof' }), slugParams());
    expect(await proof.json()).toEqual({
      id: expect.any(String),
      kind: 'proof',
      salt: expect.any(String),
      difficulty: 16,
      expiresAt: expect.any(String),
    });
  });

  it('refuses articles that take no comments', async () => {
    const closed = await addArticle(db, { commentMode: 'CLOSED' });
    expect(
      (await challengeRoute(request(challengePath(closed.slug), { locale: 'ko', kind: 'image' }), slugParams(closed.slug))).status,
    ).toBe(403);
    expect((await challengeRoute(request(challengePath('gone'), { locale: 'ko', kind: 'image' }), slugParams('gone'))).status).toBe(404);
  });
});

describe('POST /api/comments/[id]/deletion and /reports', () => {
  it('deletes with the right password only', async () => {
    const { id } = await storeComment(db, article.id, { passwordHash: await hashPassword('secret-1') });
    const path = `/api/comments/${id}/deletion`;
    const wrong = await deletionRoute(request(path, { locale: 'ko', password: 'secret-2' }), idParams(id));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: '입력한 내용을 확인해 주세요.', fieldErrors: { password: ['패스워드가 맞지 않습니다.'] } });

    const right = await deletionRoute(request(path, { locale: 'ko', password: 'secret-1' }), idParams(id));
    expect(right.status).toBe(200);
    expect(await right.json()).toEqual({ deleted: true });
    expect((await deletionRoute(request(path, { locale: 'ko', password: 'secret-1' }), idParams(id))).status).toBe(404);
  });

  it('asks for the anti-spam number at a reader’s first report on the article, then takes one report per reader', async () => {
    const { id } = await storeComment(db, article.id);
    const path = `/api/comments/${id}/reports`;
    const ip = someIp();
    const asked = await reportRoute(request(path, { locale: 'ko', reason: 'SPAM', note: '광고입니다' }, { ip }), idParams(id));
    expect(asked.status).toBe(400);
    expect(await asked.json()).toEqual({
      error: '입력한 내용을 확인해 주세요.',
      fieldErrors: { answer: ['이 기사에서 처음 신고할 때는 도배방지 숫자를 입력해 주세요.'] },
    });
    const first = await reportRoute(
      request(path, { locale: 'ko', reason: 'SPAM', note: '광고입니다', ...(await answeredChallenge(article.id)) }, { ip }),
      idParams(id),
    );
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ reported: true });
    const again = await reportRoute(request(path, { locale: 'en', reason: 'SPAM' }, { ip }), idParams(id));
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: 'You have already reported this comment.', fieldErrors: {} });
  });

  it('asks for a reason and refuses markup in the note', async () => {
    const { id } = await storeComment(db, article.id);
    const response = await reportRoute(
      request(`/api/comments/${id}/reports`, { locale: 'ko', reason: 'NOPE', note: '<img src=x onerror=alert(1)>' }),
      idParams(id),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors).toEqual({ reason: ['신고 사유를 골라 주세요.'], note: ['HTML 태그는 쓸 수 없습니다.'] });
  });
});
