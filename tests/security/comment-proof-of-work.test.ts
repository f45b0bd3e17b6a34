import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { normalProofDifficulty, proofDifficultyAt, proofsPerMinuteUnderLoad, solveProof } from '@/lib/comments/challenge/proof-of-work';
import { postComment } from '@/lib/comments/reader/post-comment';
import { createReaderLimits, readerRates, type ReaderLimits } from '@/lib/comments/reader/reader-limits';
import { requestChallenge } from '@/lib/comments/challenge/issue-challenge';
import type { Database } from '@/lib/db/client';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { addArticle, formFor, refusalOf, someAddress, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';
import { testRedisRunning } from '../support/test-redis';

stubCommentEnvironment('comment-proof-of-work');
const own = ownTestDatabase('comment_proof_of_work');
let db: Database;
let article: { id: string; slug: string };
const redisRunning = await testRedisRunning();

/** A site of its own: the site-wide count of solved proofs starts at nothing (limits are made under a fresh prefix). */
function freshSite(): ReaderLimits {
  vi.stubEnv('REDIS_KEY_PREFIX', `test-comment-proof-of-work-${randomUUID()}:`);
  return createReaderLimits(createSharedLimiter);
}

/** What a script does: ask for the automatic check instead of the number, solve it, send the comment. */
async function proofComment(limits: ReaderLimits, ipHash: string, slug = article.slug, articleId = article.id) {
  const issued = await requestChallenge(db, slug, 'proof', ipHash, { limits });
  if (issued.kind !== 'proof') throw new Error('expected a proof challenge');
  const { id, salt, difficulty } = issued;
  const form = await formFor(articleId, { challengeId: id, answer: solveProof(salt, difficulty) });
  return { difficulty, posted: await postComment(db, slug, form, { ipHash, staffId: null }, { limits }) };
}

async function solveSiteWide(limits: ReaderLimits, count: number) {
  for (let i = 0; i < count; i++) await limits.proofsSolvedSiteWide.penalty('site', 1);
}

beforeAll(async () => {
  db = own.db;
  article = await addArticle(db);
});

describe('the automatic check (proof of work) instead of the number', () => {
  it('is 16 bits normally, one bit harder per doubling of the proofs solved site-wide past the load mark, at most four', () => {
    expect(normalProofDifficulty).toBe(16);
    expect([0, 1, proofsPerMinuteUnderLoad - 1].map(proofDifficultyAt)).toEqual([16, 16, 16]);
    expect([20, 39, 40, 80, 160, 10_000].map(proofDifficultyAt)).toEqual([17, 17, 18, 19, 20, 20]);
  });

  it.runIf(redisRunning)(
    'gets harder for every reader once proofs are solved at a script’s pace, counted in Redis where every app server sees it',
    async () => {
      const limits = freshSite();
      const { difficulty, posted } = await proofComment(limits, someAddress());
      expect(difficulty).toBe(16);
      expect(posted).toMatchObject({ held: false });

      // Another app server (its own limiter objects) solving proofs counts in the same store.
      await solveSiteWide(createReaderLimits(createSharedLimiter), 2 * proofsPerMinuteUnderLoad);
      const issued = await requestChallenge(db, article.slug, 'proof', someAddress(), { limits });
      expect(issued).toMatchObject({ kind: 'proof', difficulty: 18 });
    },
  );

  it('holds the comment for a moderator while the site is under load; a comment with the number still appears', async () => {
    const limits = freshSite();
    await solveSiteWide(limits, proofsPerMinuteUnderLoad);
    const { posted } = await proofComment(limits, someAddress());
    expect(posted).toEqual({ held: true, comment: null });
    const held = await db.comment.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { createdAt: 'desc' } });
    expect(held).toMatchObject({ status: 'HELD', holdReason: 'PROOF_UNDER_LOAD' });

    const withNumber = await postComment(db, article.slug, await formFor(article.id), { ipHash: someAddress(), staffId: null }, { limits });
    expect(withNumber).toMatchObject({ held: false });
  });

  it('holds it on an article in pre-moderation, as every reader’s', async () => {
    const limits = freshSite();
    const moderated = await addArticle(db, { commentMode: 'PREMODERATED' });
    const { posted } = await proofComment(limits, someAddress(), moderated.slug, moderated.id);
    expect(posted).toEqual({ held: true, comment: null });
    expect(await db.comment.findFirstOrThrow({ where: { articleId: moderated.id } })).toMatchObject({
      status: 'HELD',
      holdReason: 'PREMODERATION',
    });
  });

  it('lets one address send few comments that way; the number stays open to it', async () => {
    const limits = freshSite();
    const ipHash = someAddress();
    for (let i = 0; i < readerRates.proofCommentsPerAddress.points; i++) {
      expect((await proofComment(limits, ipHash)).posted).toMatchObject({ held: false });
    }
    const refused = await refusalOf(proofComment(limits, ipHash));
    expect(refused).toMatchObject({ code: 'slowDown' });
    expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    expect(await postComment(db, article.slug, await formFor(article.id), { ipHash, staffId: null }, { limits })).toMatchObject({
      held: false,
    });
  });
});
