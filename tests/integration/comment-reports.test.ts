import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { listArticleComments } from '@/lib/comments/reader/list-comments';
import { createReaderLimits } from '@/lib/comments/reader/reader-limits';
import { reportComment } from '@/lib/comments/reader/report-comment';
import type { Database } from '@/lib/db/client';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { addArticle, answeredChallenge, refusalOf, someReporter, storeComment, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

stubCommentEnvironment('comment-reports');
const own = ownTestDatabase('comment_reports');
let db: Database;
let article: { id: string; slug: string };
const limits = createReaderLimits(createSharedLimiter);

/** A report from a reader of their own (each their first on the article, so with an answered challenge). */
const report = async (commentId: string, reporter = someReporter()) =>
  reportComment(db, commentId, { reason: 'ABUSE', ...(await answeredChallenge(article.id)) }, reporter, { limits });

async function listed(): Promise<string[]> {
  const page = await listArticleComments(db, article.slug);
  return page.comments.map((comment) => comment.id);
}

beforeAll(async () => {
  db = own.db;
  article = await addArticle(db);
});

describe('reporting a comment', () => {
  it('keeps it shown after two readers’ reports and hides it at the third, until a moderator decides', async () => {
    const { id } = await storeComment(db, article.id);
    const form = { reason: 'OFF_TOPIC' as const, note: '기사와 무관', ...(await answeredChallenge(article.id)) };
    expect(await reportComment(db, id, form, someReporter(), { limits })).toEqual({ hidden: false });
    expect(await report(id)).toMatchObject({ hidden: false });
    expect(await listed()).toContain(id);
    expect(await report(id)).toMatchObject({ hidden: true });
    expect(await listed()).not.toContain(id);

    const stored = await db.comment.findUniqueOrThrow({ where: { id }, include: { reports: true } });
    expect(stored).toMatchObject({ status: 'HELD', holdReason: 'REPORTS', openReportCount: 3 });
    expect(stored.reports.map((r) => r.reason).sort()).toEqual(['ABUSE', 'ABUSE', 'OFF_TOPIC']);
    expect(stored.reports.find((r) => r.reason === 'OFF_TOPIC')?.note).toBe('기사와 무관');
  });

  it('counts one reader once', async () => {
    const { id } = await storeComment(db, article.id);
    const reader = someReporter();
    await report(id, reader);
    expect(await refusalOf(report(id, reader))).toEqual({ code: 'alreadyReported' });
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ openReportCount: 1, status: 'VISIBLE' });
  });

  it('hides exactly once when reports arrive together', async () => {
    const { id } = await storeComment(db, article.id);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => report(id)));
    const accepted = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    expect(accepted.filter((outcome) => outcome.hidden)).toHaveLength(1);
    const stored = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: 'HELD', holdReason: 'REPORTS' });
    expect(stored.openReportCount).toBe(accepted.length);
  });

  it('follows the site’s threshold', async () => {
    await db.commentSettings.update({ where: { id: 1 }, data: { reportThreshold: 1 } });
    try {
      const { id } = await storeComment(db, article.id);
      expect(await report(id)).toMatchObject({ hidden: true });
    } finally {
      await db.commentSettings.update({ where: { id: 1 }, data: { reportThreshold: 3 } });
    }
  });

  it('answers "not found" for comments readers cannot see', async () => {
    for (const status of ['HELD', 'DELETED'] as const) {
      const { id } = await storeComment(db, article.id, { status });
      expect(await refusalOf(report(id))).toEqual({ code: 'notFound' });
    }
    expect(await refusalOf(report(randomUUID()))).toEqual({ code: 'notFound' });
    expect(await refusalOf(report('not-an-id'))).toEqual({ code: 'notFound' });
  });

  it('slows down a reader who reports more than 20 comments an hour', async () => {
    const reader = someReporter();
    for (let i = 0; i < 20; i++) expect(await refusalOf(report(randomUUID(), reader))).toEqual({ code: 'notFound' });
    expect(await refusalOf(report(randomUUID(), reader))).toMatchObject({ code: 'tooManyRequests' });
  });
});
