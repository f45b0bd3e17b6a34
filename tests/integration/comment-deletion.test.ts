import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { deleteOwnComment } from '@/lib/comments/reader/delete-own-comment';
import { listArticleComments } from '@/lib/comments/reader/list-comments';
import { createReaderLimits } from '@/lib/comments/reader/reader-limits';
import type { Database } from '@/lib/db/client';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { addArticle, refusalOf, someAddress, storeComment, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

stubCommentEnvironment('comment-deletion');
const own = ownTestDatabase('comment_deletion');
let db: Database;
let article: { id: string; slug: string };
let passwordHash: string;
const limits = createReaderLimits(createSharedLimiter);

const remove = (commentId: string, password: string, ipHash = someAddress()) =>
  deleteOwnComment(db, commentId, password, ipHash, { limits });

async function listed(): Promise<string[]> {
  const page = await listArticleComments(db, article.slug);
  return page.comments.map((comment) => comment.id);
}

beforeAll(async () => {
  db = own.db;
  article = await addArticle(db);
  passwordHash = await hashPassword('right-password');
});

describe('deleting one’s own comment', () => {
  it('refuses the wrong password, then deletes with the right one: readers no longer see it, moderators still can', async () => {
    const { id } = await storeComment(db, article.id, { passwordHash });
    expect(await refusalOf(remove(id, 'wrong-password'))).toEqual({ code: 'wrongPassword', field: 'password' });
    expect(await listed()).toContain(id);

    await remove(id, 'right-password');
    expect(await listed()).not.toContain(id);
    const stored = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: 'DELETED', deletedById: null });
    expect(stored.deletedAt).toBeInstanceOf(Date);
  });

  it('answers "not found" for a comment already deleted, unknown, or no id at all', async () => {
    const { id } = await storeComment(db, article.id, { passwordHash, status: 'DELETED' });
    expect(await refusalOf(remove(id, 'right-password'))).toEqual({ code: 'notFound' });
    expect(await refusalOf(remove(randomUUID(), 'right-password'))).toEqual({ code: 'notFound' });
    expect(await refusalOf(remove('../../admin', 'right-password'))).toEqual({ code: 'notFound' });
  });

  it('lets the author delete a comment still held for a moderator', async () => {
    const { id } = await storeComment(db, article.id, { passwordHash, status: 'HELD' });
    await remove(id, 'right-password');
  });

  it('refuses even the right password after five wrong ones from an address, for that comment only', async () => {
    const { id } = await storeComment(db, article.id, { passwordHash });
    const guesser = someAddress();
    for (let i = 0; i < 5; i++) expect(await refusalOf(remove(id, `guess-${i}`, guesser))).toMatchObject({ code: 'wrongPassword' });
    const refused = await refusalOf(remove(id, 'right-password', guesser));
    expect(refused).toMatchObject({ code: 'tooManyAttempts' });
    expect(refused.retryAfterSeconds).toBeGreaterThan(500);

    const other = await storeComment(db, article.id, { passwordHash });
    await remove(other.id, 'right-password', guesser);
    await remove(id, 'right-password');
  });
});
