import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as listRoute, POST as postRoute } from '@/pages/api/articles/[slug]/comments';
import { POST as challengeRoute } from '@/pages/api/articles/[slug]/comments/challenge';
import { POST as deletionRoute } from '@/pages/api/comments/[id]/deletion';
import { POST as reportRoute } from '@/pages/api/comments/[id]/reports';
import type { Database } from '@/lib/db/client';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { addArticle, formFor, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';
import {
  composedKorean,
  decomposedKorean,
  hiddenCharacters,
  markup,
  pathTraversal,
  scriptUrls,
  sqlInjection,
  wellFormedUnicode,
  wrongTypes,
} from '../support/payloads';

const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({ getStaffSession: async () => null }));

stubCommentEnvironment('payloads-comments');
const own = ownTestDatabase('payloads_comments');
let db: Database;
let article: { id: string; slug: string };
const t = getCommentMessages('ko');

const site = 'http://127.0.0.1:3000';
/** Every post is a reader of its own: limits per address and nickname never get in the way. */
const someIp = () => `10.${[...randomBytes(3)].join('.')}`;
const someNickname = () => `독자${randomBytes(4).toString('hex')}`;

function request(path: string, body?: unknown) {
  const init: RequestInit = {
    headers: { host: '127.0.0.1:3000', origin: site, 'x-forwarded-for': someIp(), 'content-type': 'application/json' },
  };
  if (body !== undefined) Object.assign(init, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return new Request(`${site}${path}`, init);
}

const slugParams = (slug = article.slug) => ({ slug });
const idParams = (id: string) => ({ id });
const post = async (fields: Record<string, unknown>) =>
  postRoute(
    request(`/api/articles/${article.slug}/comments`, { ...(await formFor(article.id, { nickname: someNickname() })), ...fields }),
    slugParams(),
  );

async function storedContent(response: Response): Promise<string> {
  expect(response.status).toBe(201);
  const { comment } = await response.json();
  return (await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).content;
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  article = await addArticle(db);
});

describe('the reader comment routes under hostile input', () => {
  it('refuse a body far larger than any comment with 413 and a message saying so, without storing it', async () => {
    const before = await db.comment.count();
    const response = await post({ content: '가'.repeat(200_000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe('보낸 내용이 너무 커서 받을 수 없습니다. What you sent is too large to be accepted.');
    expect(await db.comment.count()).toBe(before);
  });

  it('refuse malformed JSON and bodies that are not an object with 400', async () => {
    for (const body of ['{', '{"locale":"ko",', '', 'null', '[]', '"text"', '42', '{"locale":"ko"}}']) {
      for (const [name, call] of [
        ['post', () => postRoute(request(`/api/articles/${article.slug}/comments`, body), slugParams())],
        ['challenge', () => challengeRoute(request(`/api/articles/${article.slug}/comments/challenge`, body), slugParams())],
        ['report', () => reportRoute(request('/api/comments/x/reports', body), idParams(crypto.randomUUID()))],
        ['deletion', () => deletionRoute(request('/api/comments/x/deletion', body), idParams(crypto.randomUUID()))],
      ] as const) {
        const response = await call();
        expect(response.status, `${name} ${body}`).toBe(400);
        expect((await response.json()).error, `${name} ${body}`).toBe(t.errors.invalid);
      }
    }
  });

  it('refuse fields of the wrong type with 400, naming the field', async () => {
    for (const field of ['nickname', 'password', 'content', 'answer', 'challengeId']) {
      for (const value of wrongTypes) {
        const response = await post({ [field]: value });
        expect(response.status, `${field}: ${JSON.stringify(value)}`).toBe(400);
        const body = await response.json();
        expect(Object.keys(body.fieldErrors), `${field}: ${JSON.stringify(value)}`).toContain(field === 'challengeId' ? 'answer' : field);
      }
    }
    for (const locale of [null, 'fr', ['ko'], 1]) expect((await post({ locale })).status).toBe(400);
  });

  it('store SQL as the text it is, leaving every table as it was', async () => {
    const staff = await db.staff.count();
    for (const content of sqlInjection) expect(await storedContent(await post({ content }))).toBe(content);
    expect(await db.staff.count()).toBe(staff);
    // Not in a nickname: those are letters, digits, spaces and . _ - only.
    const response = await post({ nickname: sqlInjection[1] });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.nickname).toEqual([t.errors.nicknameInvalid]);
  });

  it('refuse markup in a comment, a nickname or a report note, and keep script addresses as plain text', async () => {
    for (const text of markup) {
      const response = await post({ content: `보세요 ${text}` });
      expect(response.status, text).toBe(400);
      expect((await response.json()).fieldErrors.content, text).toEqual([t.errors.contentMarkup]);
      expect((await post({ nickname: text.slice(0, 20) })).status, text).toBe(400);
    }
    for (const [i, url] of scriptUrls.filter((url) => !url.includes('<')).entries()) {
      expect(await storedContent(await post({ content: `링크 ${i}: ${url}` }))).toBe(`링크 ${i}: ${url}`);
    }

    const { id } = await db.comment.findFirstOrThrow({ where: { articleId: article.id } });
    const report = await reportRoute(
      request(`/api/comments/${id}/reports`, { locale: 'ko', reason: 'OTHER', note: markup[0] }),
      idParams(id),
    );
    expect(report.status).toBe(400);
    expect((await report.json()).fieldErrors.note).toEqual([t.errors.contentMarkup]);
  });

  it('refuse invisible, direction-changing and unstorable characters, naming the field', async () => {
    for (const [name, text] of Object.entries(hiddenCharacters)) {
      for (const field of ['content', 'nickname']) {
        const response = await post({ [field]: `독자${text}` });
        expect(response.status, `${field} ${name}`).toBe(400);
        expect((await response.json()).fieldErrors[field], `${field} ${name}`).toEqual([t.errors.invalidCharacters]);
      }
    }
  });

  it('store emoji exactly, and decomposed Korean composed (so it matches and is searched like any other)', async () => {
    for (const content of wellFormedUnicode) expect(await storedContent(await post({ content }))).toBe(content);
    expect(await storedContent(await post({ content: decomposedKorean }))).toBe(composedKorean);
    const nickname = `상주${randomBytes(2).toString('hex')}`;
    const response = await post({ nickname: nickname.normalize('NFD') });
    expect((await response.json()).comment.nickname).toBe(nickname);
  });

  it('ignore fields a reader may not set', async () => {
    const response = await post({
      status: 'DELETED',
      staffId: crypto.randomUUID(),
      ipHash: 'a'.repeat(64),
      articleId: crypto.randomUUID(),
      createdAt: '2000-01-01',
    });
    const { comment } = await response.json();
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored).toMatchObject({ status: 'VISIBLE', staffId: null, articleId: article.id });
    expect(stored.ipHash).not.toBe('a'.repeat(64));
    expect(stored.createdAt.getFullYear()).toBeGreaterThan(2000);
  });

  it('answer addresses that name no comment or article with 404, whatever they contain', async () => {
    for (const id of [...pathTraversal, ...sqlInjection, '', '0']) {
      const report = await reportRoute(request('/api/comments/x/reports', { locale: 'en', reason: 'SPAM' }), idParams(id));
      expect(report.status, id).toBe(404);
      expect((await report.json()).error, id).toBe(getCommentMessages('en').errors.notFound);
      expect(
        (await deletionRoute(request('/api/comments/x/deletion', { locale: 'en', password: 'pass1234' }), idParams(id))).status,
        id,
      ).toBe(404);
    }
    for (const slug of [...pathTraversal, ...sqlInjection]) {
      expect((await post({})).status).toBe(201);
      const form = await formFor(article.id, { nickname: someNickname() });
      expect((await postRoute(request('/api/articles/x/comments', form), slugParams(slug))).status, slug).toBe(404);
      expect((await listRoute(request(`/api/articles/x/comments`), slugParams(slug))).status, slug).toBe(404);
      expect((await challengeRoute(request('/api/articles/x/comments/challenge', { locale: 'ko' }), slugParams(slug))).status, slug).toBe(
        404,
      );
    }
  });

  it('list comments whatever the page address says, never failing', async () => {
    for (const query of [...pathTraversal, ...sqlInjection, '%%%', 'eyJub3QiOiJhIGN1cnNvciJ9', '{"a":1}'].map(encodeURIComponent)) {
      for (const parameter of ['cursor', 'order', 'locale']) {
        const response = await listRoute(request(`/api/articles/${article.slug}/comments?${parameter}=${query}`), slugParams());
        expect(response.status, `${parameter}=${query}`).toBeLessThan(500);
      }
    }
  });

  it('refuse a challenge of an unknown kind, and reports with an unknown reason or an overlong note', async () => {
    for (const kind of ['audio', 1, null, ['image']]) {
      expect(
        (await challengeRoute(request(`/api/articles/${article.slug}/comments/challenge`, { locale: 'ko', kind }), slugParams())).status,
      ).toBe(400);
    }
    const { id } = await db.comment.findFirstOrThrow({ where: { articleId: article.id } });
    for (const body of [
      { reason: 'BORED' },
      { reason: null },
      { reason: 'OTHER', note: '가'.repeat(5_000) },
      { reason: 'OTHER', note: 42 },
    ]) {
      const response = await reportRoute(request(`/api/comments/${id}/reports`, { locale: 'ko', ...body }), idParams(id));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).fieldErrors, JSON.stringify(body)).toBeDefined();
    }
  });
});
