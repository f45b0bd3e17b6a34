import { beforeAll, describe, expect, it } from 'vitest';
import { listArticleComments, type CommentOrder } from '@/lib/comments/reader/list-comments';
import type { Database } from '@/lib/db/client';
import { addArticle, refusalOf, storeComment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('comment_listing');
let db: Database;
let article: { id: string; slug: string };
/** Ids of the article's 45 visible comments, oldest first; the first 21 share one time (so pages split ties), ordered by id. */
let visibleIds: string[];

async function allPages(slug: string, order: CommentOrder) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const listed = await listArticleComments(db, slug, { order, cursor });
    expect(listed.count).toBe(45);
    pages.push(listed.comments.map((comment) => comment.id));
    cursor = listed.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

beforeAll(async () => {
  db = own.db;
  article = await addArticle(db);
  const start = Date.now() - 3_600_000;
  const times = Array.from({ length: 45 }, (_, i) => new Date(start + Math.max(i, 20) * 1000));
  const stored = [];
  for (const [i, createdAt] of times.entries()) stored.push(await storeComment(db, article.id, { createdAt, locale: i % 2 ? 'en' : 'ko' }));
  visibleIds = stored.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)).map((c) => c.id);
  await storeComment(db, article.id, { status: 'HELD' });
  await storeComment(db, article.id, { status: 'DELETED' });
});

describe('the reader’s comment list', () => {
  it('pages newest first by default, 20 at a time, each visible comment of both languages once', async () => {
    const pages = await allPages(article.slug, 'newest');
    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual([...visibleIds].reverse());
  });

  it('pages oldest first on request', async () => {
    expect((await allPages(article.slug, 'oldest')).flat()).toEqual(visibleIds);
  });

  it('gives the count, the comment mode and the staff badge, nothing private', async () => {
    const staff = await db.staff.create({
      data: {
        slug: 'list-staff',
        email: 'list-staff@dateline.example',
        nameKo: '편집',
        nameEn: 'Editor',
        role: 'EDITOR',
        passwordHash: 'unused',
      },
    });
    const other = await addArticle(db, { commentMode: 'PREMODERATED' });
    await storeComment(db, other.id, { staffId: staff.id });
    const listed = await listArticleComments(db, other.slug);
    expect(listed).toMatchObject({ count: 1, mode: 'PREMODERATED', nextCursor: null, comments: [{ staff: true }] });
    expect(Object.keys(listed.comments[0]!).sort()).toEqual(['content', 'createdAt', 'id', 'locale', 'nickname', 'staff']);
  });

  it('refuses a cursor it did not make, and an article readers cannot see', async () => {
    expect(await refusalOf(listArticleComments(db, article.slug, { cursor: 'bm90LWEtY3Vyc29y' }))).toEqual({ code: 'invalid' });
    const draft = await addArticle(db, { published: false });
    expect(await refusalOf(listArticleComments(db, draft.slug))).toEqual({ code: 'articleNotFound' });
  });
});
