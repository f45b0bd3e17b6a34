import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, vi } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { articleTextRecord } from '@/lib/articles/text-record';
import { issueChallenge } from '@/lib/comments/challenge/issue-challenge';
import type { NewComment } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';
import { RefusedError } from '@/lib/errors';
import { getRedis } from '@/lib/runtime/redis';
import { isReachable, testRedisUrl } from './test-redis';

/**
 * Comment tests keep challenges and rate limits in the real Redis (memory when none listens), under a key
 * prefix of the file's own, and hash addresses with a secret of their own. Call at the top of the file. The tests
 * start once the connection is open: until then limits fall back to each process's memory and would count twice.
 */
export function stubCommentEnvironment(name: string): void {
  vi.stubEnv('REDIS_URL', testRedisUrl);
  vi.stubEnv('REDIS_KEY_PREFIX', `test-${name}-${randomUUID()}:`);
  vi.stubEnv('IP_HASH_SECRET', randomBytes(32).toString('hex'));
  beforeAll(async () => {
    if (!(await isReachable(testRedisUrl))) return;
    const redis = getRedis(testRedisUrl);
    if (redis.status !== 'ready') await once(redis, 'ready');
  });
  afterAll(() => {
    getRedis(testRedisUrl).disconnect();
    vi.unstubAllEnvs();
  });
}

/** A stand-in for a reader's address hash: every test reader gets one of their own unless it shares on purpose. */
/** The refusal a reader comment function threw (lib/comments/reader/reader-refusal.ts): its code, and its field and wait where it has them. */
export async function refusalOf(work: Promise<unknown>): Promise<{ code: string; field?: string; retryAfterSeconds?: number }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof RefusedError) return { code: error.reason, ...error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

export const someAddress = () => randomBytes(32).toString('hex');

/** A reporter of their own: an address hash and the hash of a network no other reporter shares. */
export const someReporter = () => ({ ipHash: someAddress(), networkHash: someAddress() });

/** A nickname no other test uses, so per-nickname limits never carry over between tests. */
export const someNickname = () => `독자${randomBytes(4).toString('hex')}`;

export async function addArticle(
  db: Database,
  {
    slug = `comments-${randomUUID()}`,
    commentMode = null,
    published = true,
  }: { slug?: string; commentMode?: CommentMode | null; published?: boolean } = {},
) {
  const text = {
    locale: 'ko' as const,
    headline: slug,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  };
  return db.article.create({
    data: {
      slug,
      status: published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: published ? new Date(Date.now() - 60_000) : null,
      commentMode,
      texts: { create: articleTextRecord(text) },
    },
    select: { id: true, slug: true },
  });
}

/** A fresh image challenge of the article, answered with the digits the image shows. */
export async function answeredChallenge(articleId: string, owner = someAddress()): Promise<{ challengeId: string; answer: string }> {
  const challenge = await issueChallenge(articleId, 'image', owner);
  if (challenge.kind !== 'image') throw new Error('expected an image challenge');
  return { challengeId: challenge.id, answer: challenge.digits };
}

/** A comment as the form would send it, answering a fresh image challenge with the digits the image shows. */
export async function formFor(articleId: string, fields: Partial<NewComment> = {}): Promise<NewComment> {
  return {
    locale: 'ko',
    nickname: someNickname(),
    password: 'pass1234',
    content: `좋은 기사입니다 ${randomUUID()}`,
    ...(await answeredChallenge(articleId)),
    ...fields,
  };
}

/** A stored comment written straight to the database, for lists and reader actions that need many. */
export async function storeComment(
  db: Database,
  articleId: string,
  fields: { createdAt?: Date; status?: 'VISIBLE' | 'HELD' | 'DELETED'; locale?: string; passwordHash?: string; staffId?: string } = {},
) {
  const content = `저장된 댓글 ${randomUUID()}`;
  return db.comment.create({
    data: {
      articleId,
      locale: 'ko',
      nickname: '독자',
      nicknameKey: '독자',
      passwordHash: 'unused',
      content,
      contentHash: randomUUID(),
      ipHash: someAddress(),
      ...fields,
    },
    select: { id: true, createdAt: true },
  });
}
