import '#server-only';
import { hash } from '@node-rs/argon2';
import type { Database } from '@/lib/db/client';
import type { CommentHoldReason } from '@/lib/db/generated/enums';
import { RefusedError } from '@/lib/errors';
import { appMetrics, type CommentRefusalReason } from '@/lib/metrics/registry';
import { enqueueCommentHeld } from '@/lib/webhooks/comment-events';
import { commentsChanged } from '../after-change';
import { passChallenge, wrongAnswers, type PassedChallenge } from '../challenge/pass-challenge';
import { isBannedCommenter } from '../moderation/commenter-bans';
import { findCommentableArticle, type CommentableArticle } from './comment-rules';
import { commentViewSelect, toCommentView } from './list-comments';
import { getReaderLimits, secondsUntilAvailable, spend, type Budget, type ReaderLimits } from './reader-limits';
import { contentHash } from './fingerprints';
import { refused } from './reader-refusal';
import { foldNickname, type NewComment } from './reader-schema';
import type { CommentView } from './comment-view';
import { checkCommentWords, type WordLevel } from '../word-matching';

export type CommentAuthor = {
  /** Keyed hash of the reader's address (./reader-routes.ts). */
  ipHash: string;
  /** The signed-in staff member writing, if any: their comment carries a badge and skips pre-moderation. */
  staffId: string | null;
};

export type PostedComment = { held: false; comment: CommentView } | { held: true; comment: null };

/** A refusal of the comment, counted by why (the reader's sentence does not tell a ban from a banned word; the metric does). */
function refusedComment(reason: CommentRefusalReason, ...refusal: Parameters<typeof refused>): RefusedError {
  appMetrics().commentsRefused.inc({ reason });
  return refused(...refusal);
}

/** The anti-spam check's refusal (../challenge/pass-challenge.ts), counted as the comment's. */
function countChallengeRefusal(error: unknown): never {
  if (error instanceof RefusedError) {
    appMetrics().commentsRefused.inc({ reason: error.reason === 'answerWrong' ? 'challenge_wrong' : 'challenge_expired' });
  }
  throw error;
}

/** A repeat within this window is refused; older comments may be said again. */
const duplicateWindowMs = 24 * 60 * 60 * 1000;

function postingBudgets(limits: ReaderLimits, ipHash: string, nicknameKey: string): Budget[] {
  return [
    { limiter: limits.commentsPerAddress, key: ipHash },
    { limiter: limits.commentPerNickname, key: nicknameKey },
  ];
}

/** A comment sent with a proof of work spends its own, tighter allowance first (only the answer tells which it is). */
function budgetsFor(passed: PassedChallenge, limits: ReaderLimits, ipHash: string, budgets: Budget[]): Budget[] {
  return passed.kind === 'proof' ? [{ limiter: limits.proofCommentsPerAddress, key: ipHash }, ...budgets] : budgets;
}

/**
 * Why a comment waits for a moderator, if it does: suspect words; then, unless staff wrote it, the article's
 * pre-moderation, or a proof of work sent while proofs are solved site-wide at a script's pace.
 */
function holdReasonOf(
  words: WordLevel | null,
  article: CommentableArticle,
  author: CommentAuthor,
  passed: PassedChallenge,
): CommentHoldReason | null {
  if (words === 'SUSPECT') return 'SUSPECT_WORD';
  if (author.staffId) return null;
  if (article.mode === 'PREMODERATED') return 'PREMODERATION';
  return passed.kind === 'proof' && passed.siteUnderLoad ? 'PROOF_UNDER_LOAD' : null;
}

/**
 * The same words again within a day, from the same address or on the same article. A comment its author deleted
 * does not count (they may post it again); one a moderator deleted does, so removed spam cannot simply return.
 */
async function isDuplicate(db: Database, articleId: string, ipHash: string, hash: string, now: Date): Promise<boolean> {
  const earlier = await db.comment.findFirst({
    where: {
      contentHash: hash,
      createdAt: { gt: new Date(now.getTime() - duplicateWindowMs) },
      OR: [{ ipHash }, { articleId }],
      NOT: { status: 'DELETED', deletedById: null },
    },
    select: { id: true },
  });
  return earlier !== null;
}

/**
 * A reader's comment, checked in order of cost: the article and its rules, the rate limits (looked at first,
 * spent once the anti-spam answer is right, so a mistyped number costs no waiting; wrong answers have their own
 * allowance per address), the anti-spam answer, then bans, words and repeats. Pre-moderation, suspect words and a
 * proof of work while the site is under load store it held, out of readers' sight.
 */
export async function postComment(
  db: Database,
  slug: string,
  input: NewComment,
  author: CommentAuthor,
  { limits = getReaderLimits(), now = new Date() }: { limits?: ReaderLimits; now?: Date } = {},
): Promise<PostedComment> {
  const article = await findCommentableArticle(db, slug);
  if (!article) throw refusedComment('article_not_found', 'articleNotFound');
  if (article.mode === 'CLOSED') throw refusedComment('comments_closed', 'closed');

  const nicknameKey = foldNickname(input.nickname);
  const budgets = postingBudgets(limits, author.ipHash, nicknameKey);
  const wait = await secondsUntilAvailable([...budgets, wrongAnswers(limits, author.ipHash)]);
  if (wait > 0) throw refusedComment('rate_limited', 'slowDown', { retryAfterSeconds: wait });

  const passed = await passChallenge(limits, author.ipHash, article.id, input, now).catch(countChallengeRefusal);

  const waitAfterSpending = await spend(budgetsFor(passed, limits, author.ipHash, budgets));
  if (waitAfterSpending > 0) throw refusedComment('rate_limited', 'slowDown', { retryAfterSeconds: waitAfterSpending });

  if (await isBannedCommenter(db, { nicknameKey, ipHash: author.ipHash }, now)) throw refusedComment('banned_commenter', 'refused');
  const words = await checkCommentWords(db, input.nickname, input.content);
  if (words === 'BANNED') throw refusedComment('banned_word', 'refused');
  const hash = contentHash(input.content);
  if (await isDuplicate(db, article.id, author.ipHash, hash, now)) throw refusedComment('duplicate', 'duplicate', { field: 'content' });

  const holdReason = holdReasonOf(words, article, author, passed);
  const passwordHash = await hashCommentPassword(input.password);
  // A held comment and the moderation tools' webhook delivery commit together (lib/webhooks/outbox.ts).
  const row = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: {
        articleId: article.id,
        locale: input.locale,
        nickname: input.nickname,
        nicknameKey,
        passwordHash,
        content: input.content,
        contentHash: hash,
        staffId: author.staffId,
        status: holdReason ? 'HELD' : 'VISIBLE',
        holdReason,
        ipHash: author.ipHash,
      },
      select: commentViewSelect,
    });
    if (holdReason) await enqueueCommentHeld(tx, { id: created.id, articleSlug: article.slug, content: input.content, holdReason }, now);
    return created;
  });
  const metrics = appMetrics();
  metrics.commentsPosted.inc();
  if (holdReason) {
    metrics.commentsHeld.inc({ reason: holdReason.toLowerCase() });
    return { held: true, comment: null };
  }
  await commentsChanged(db, [article.id]);
  return { held: false, comment: toCommentView(row) };
}

/**
 * argon2id for the passwords readers give their comments, lighter than staff passwords (lib/auth/password.ts:
 * 19 MiB, 2 passes): 7 MiB, 2 passes, about a quarter of the time. A comment password only lets its holder delete
 * one anonymous comment, guessing it online is capped before any hash runs (./delete-own-comment.ts), and every
 * comment anyone posts costs one hash, so its price is one strangers set. Offline, a leaked hash still costs a
 * memory-hard 7 MiB per guess. Verifying needs nothing of this: argon2 writes its parameters into each hash, so
 * `verifyPassword` checks these and older comments' hashes alike.
 */
const commentPasswordOptions = { memoryCost: 7 * 1024, timeCost: 2, parallelism: 1 };

export function hashCommentPassword(password: string): Promise<string> {
  return hash(password, commentPasswordOptions);
}
