import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { deleteOwnComment } from '@/lib/comments/reader/delete-own-comment';
import { moderateComments } from '@/lib/comments/moderation/moderate-comments';
import { banCommenters } from '@/lib/comments/moderation/commenter-bans';
import { banInputSchema, moderationInputSchema } from '@/lib/comments/moderation/moderation-schema';
import { updateCommentSettings } from '@/lib/comments/moderation/change-settings';
import { postComment } from '@/lib/comments/reader/post-comment';
import { reportComment } from '@/lib/comments/reader/report-comment';
import type { Database } from '@/lib/db/client';
import {
  addArticle,
  answeredChallenge,
  formFor,
  someAddress,
  someNickname,
  someReporter,
  storeComment,
  stubCommentEnvironment,
} from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

stubCommentEnvironment('comment-count');
const own = ownTestDatabase('comment_count');
let db: Database;
let moderator: { id: string };

beforeAll(async () => {
  db = own.db;
  moderator = await db.staff.create({
    data: {
      slug: 'count-moderator',
      email: 'count-moderator@dateline.example',
      nameKo: '관리',
      nameEn: 'Moderator',
      role: 'MODERATOR',
      passwordHash: 'unused',
    },
    select: { id: true },
  });
});

/** The count the article carries, and the count a reader would make of its visible comments: always the same. */
async function counts(articleId: string) {
  const [{ commentCount }, visible] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { commentCount: true } }),
    db.comment.count({ where: { articleId, status: 'VISIBLE' } }),
  ]);
  expect(commentCount).toBe(visible);
  return commentCount;
}

const post = async (article: { id: string; slug: string }, nickname = someNickname()) => {
  return postComment(db, article.slug, await formFor(article.id, { nickname }), { ipHash: someAddress(), staffId: null });
};

describe('the comment count an article carries', () => {
  it('follows posts, the author’s deletion, reports, moderation, bans and settings', async () => {
    const article = await addArticle(db);
    expect(await counts(article.id)).toBe(0);

    const first = await post(article);
    const second = await post(article, '밴될독자');
    expect(await counts(article.id)).toBe(2);

    const own = await storeComment(db, article.id, { passwordHash: await hashPassword('secret-1') });
    expect(await counts(article.id)).toBe(3);
    await deleteOwnComment(db, own.id, 'secret-1', someAddress());
    expect(await counts(article.id)).toBe(2);

    for (let reader = 0; reader < 3; reader++) {
      await reportComment(db, first.comment!.id, { reason: 'SPAM', ...(await answeredChallenge(article.id)) }, someReporter());
    }
    expect(await counts(article.id)).toBe(1);

    const staff = { id: moderator.id };
    await moderateComments(db, staff, moderationInputSchema.parse({ action: 'approve', ids: [first.comment!.id] }));
    expect(await counts(article.id)).toBe(2);
    await moderateComments(db, staff, moderationInputSchema.parse({ action: 'delete', ids: [second.comment!.id], reason: 'ABUSE' }));
    expect(await counts(article.id)).toBe(1);
    await moderateComments(db, staff, moderationInputSchema.parse({ action: 'restore', ids: [second.comment!.id] }));
    expect(await counts(article.id)).toBe(2);

    await banCommenters(
      db,
      staff,
      banInputSchema.parse({ kind: 'NICKNAME', values: ['밴될독자'], period: 'day', reason: '도배', deleteExisting: true }),
    );
    expect(await counts(article.id)).toBe(1);

    const reported = await storeComment(db, article.id);
    await db.comment.update({ where: { id: reported.id }, data: { openReportCount: 2 } });
    for (const network of ['network-a', 'network-b']) {
      await db.commentReport.create({
        data: { commentId: reported.id, reporterHash: someAddress(), reporterNetworkHash: network, reason: 'SPAM' },
      });
    }
    expect(await counts(article.id)).toBe(2);
    await updateCommentSettings(db, staff, { mode: 'OPEN', reportThreshold: 2 });
    expect(await counts(article.id)).toBe(1);
    await updateCommentSettings(db, staff, { mode: 'OPEN', reportThreshold: 3 });
  });

  it('stays exact when many readers post at once, and when reports race to hide a comment', async () => {
    const article = await addArticle(db);
    await Promise.all(Array.from({ length: 20 }, () => post(article)));
    expect(await counts(article.id)).toBe(20);

    const target = await post(article);
    expect(await counts(article.id)).toBe(21);
    await Promise.all(
      Array.from({ length: 6 }, async () =>
        reportComment(db, target.comment!.id, { reason: 'SPAM', ...(await answeredChallenge(article.id)) }, someReporter()),
      ),
    );
    expect(await counts(article.id)).toBe(20);
  });

  it('leaves held comments out until a moderator approves them', async () => {
    const article = await addArticle(db, { commentMode: 'PREMODERATED' });
    const held = await postComment(db, article.slug, await formFor(article.id), { ipHash: someAddress(), staffId: null });
    expect(held).toMatchObject({ held: true });
    expect(await counts(article.id)).toBe(0);
    const [waiting] = await db.comment.findMany({ where: { articleId: article.id }, select: { id: true } });
    await moderateComments(db, { id: moderator.id }, moderationInputSchema.parse({ action: 'approve', ids: [waiting!.id] }));
    expect(await counts(article.id)).toBe(1);
  });
});
