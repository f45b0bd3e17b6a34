import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { GET as listRoute, POST as postRoute } from '@/pages/api/articles/[slug]/comments';
import { encodeCommentCursor } from '@/lib/comments/reader/list-comments';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { articleTextRecord } from '@/lib/articles/text-record';
import { createDatabase, type Database } from '@/lib/db/client';
import { getDatabase } from '@/lib/runtime/database';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { searchArticles } from '@/lib/search/search-articles';
import { formFor, stubCommentEnvironment } from '../support/comment-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/database';

vi.mock('@/lib/auth/session', () => ({ getStaffSession: async () => null }));
stubCommentEnvironment('replica');

const slug = `replica-${randomBytes(4).toString('hex')}`;
let primary: TestDatabase;
let replica: TestDatabase;

/** The same story in both databases; the replica's copy carries a word only it has, as if it lagged or led. */
async function addStory(db: Database, headline: string) {
  const text = {
    locale: 'ko' as const,
    headline,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  };
  return db.article.create({
    data: { slug, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 60_000), texts: { create: articleTextRecord(text) } },
    select: { id: true },
  });
}

async function addComment(db: Database, articleId: string, content: string) {
  await db.comment.create({
    data: {
      articleId,
      locale: 'ko',
      nickname: '독자',
      nicknameKey: '독자',
      passwordHash: 'unused',
      content,
      contentHash: content,
      ipHash: 'x',
    },
  });
}

beforeAll(async () => {
  [primary, replica] = await Promise.all([
    createTestDatabase('replica_primary', inject('templateDatabase')),
    createTestDatabase('replica_copy', inject('templateDatabase')),
  ]);
  for (const [database, headline, comment] of [
    [primary, '시청 앞 광장 개장', '원본에만 있는 댓글'],
    [replica, '시청 앞 광장 개장 복제본표식', '복제본에만 있는 댓글'],
  ] as const) {
    const db = createDatabase(database.url);
    await addComment(db, (await addStory(db, headline)).id, comment);
    await db.$disconnect();
  }
  vi.stubEnv('DATABASE_URL', primary.url);
  vi.stubEnv('DATABASE_REPLICA_URL', replica.url);
});

afterAll(async () => {
  await Promise.all([getDatabase().$disconnect(), getReadDatabase().$disconnect()]);
  await Promise.all([primary.drop(), replica.drop()]);
});

const request = (path: string, body?: unknown) =>
  new Request(`http://127.0.0.1:3000${path}`, {
    headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'x-forwarded-for': '10.9.8.7', 'content-type': 'application/json' },
    ...(body !== undefined && { method: 'POST', body: JSON.stringify(body) }),
  });
const params = { slug };

describe('with DATABASE_REPLICA_URL set', () => {
  it('readers’ search reads the replica', async () => {
    const found = await searchArticles(getReadDatabase(), { q: '복제본표식', locale: 'ko', limit: 10 });
    expect(found.results.map((r) => r.slug)).toEqual([slug]);
    expect((await searchArticles(getDatabase(), { q: '복제본표식', locale: 'ko', limit: 10 })).results).toEqual([]);
  });

  it('later pages of the comment list come from the replica, the cached first page and new comments from the primary', async () => {
    const first = await (await listRoute(request(`/api/articles/${slug}/comments`), params)).json();
    expect(first.comments.map((c: { content: string }) => c.content)).toEqual(['원본에만 있는 댓글']);
    const cursor = encodeCommentCursor({ createdAt: new Date(Date.now() + 60_000), id: 'ffffffff-ffff-7fff-bfff-ffffffffffff' });
    const later = await (await listRoute(request(`/api/articles/${slug}/comments?cursor=${cursor}`), params)).json();
    expect(later.comments.map((c: { content: string }) => c.content)).toEqual(['복제본에만 있는 댓글']);

    const article = await getDatabase().article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const posted = await postRoute(
      request(`/api/articles/${slug}/comments`, await formFor(article.id, { content: '새로 쓴 댓글' })),
      params,
    );
    expect(posted.status).toBe(201);
    const inPrimary = await getDatabase().comment.findMany({
      where: { article: { slug } },
      select: { content: true },
      orderBy: { createdAt: 'asc' },
    });
    expect(inPrimary.map((c) => c.content)).toEqual(['원본에만 있는 댓글', '새로 쓴 댓글']);
  });
});

describe('without DATABASE_REPLICA_URL', () => {
  it('readers read the primary', () => {
    vi.stubEnv('DATABASE_REPLICA_URL', '');
    expect(getReadDatabase()).toBe(getDatabase());
    vi.stubEnv('DATABASE_REPLICA_URL', replica.url);
  });
});
