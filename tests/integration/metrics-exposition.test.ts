import { beforeAll, describe, expect, it } from 'vitest';
import { postComment, type CommentAuthor } from '@/lib/comments/reader/post-comment';
import { createReaderLimits } from '@/lib/comments/reader/reader-limits';
import { newCommentSchema, type NewComment } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import { appMetrics } from '@/lib/metrics/registry';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { addArticle, formFor, refusalOf, someAddress, stubCommentEnvironment } from '../support/comment-fixtures';
import { promtoolCheckMetrics, sampleOf } from '../support/metrics-text';
import { ownTestDatabase } from '../support/own-database';

/**
 * The metrics an operator scrapes, read as Prometheus reads them (the registry's text, checked by promtool) while
 * readers post comments through the app's own function against a real database and Redis.
 */
stubCommentEnvironment('metrics-exposition');
const own = ownTestDatabase('metrics_exposition');
let db: Database;
let article: { id: string; slug: string };
const limits = createReaderLimits(createSharedLimiter);

const reader = (): CommentAuthor => ({ ipHash: someAddress(), staffId: null });
const post = (form: NewComment, author = reader(), slug = article.slug) =>
  postComment(db, slug, newCommentSchema.parse(form), author, { limits });

const exposition = () => appMetrics().registry.metrics();

/** How much each series moved while `work` ran, as two scrapes would show it. */
async function movedBy(series: readonly string[], work: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await exposition();
  await work();
  const after = await exposition();
  return Object.fromEntries(series.map((name) => [name, sampleOf(after, name) - sampleOf(before, name)]));
}

const refused = (reason: string) => `dateline_comments_refused_total{reason="${reason}"}`;
const held = (reason: string) => `dateline_comments_held_total{reason="${reason}"}`;
const posted = 'dateline_comments_posted_total';

beforeAll(async () => {
  db = own.db;
  article = await addArticle(db);
  await db.bannedWord.create({ data: { term: '바보', level: 'BANNED' } });
});

describe('the metrics exposition', () => {
  it('is valid Prometheus text format by promtool, with the app, Node and process metrics in it', async () => {
    const text = await exposition();
    expect(promtoolCheckMetrics(text)).toEqual({ status: 0, output: '' });
    for (const name of [
      'dateline_http_request_duration_seconds',
      'dateline_comments_refused_total',
      'dateline_sign_in_failures_total',
      'dateline_rate_limit_refusals_total',
      'dateline_webhook_deliveries_total',
      'dateline_db_pool_connections',
      'dateline_redis_up',
      'dateline_ready',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('counts a comment shown at once and one held for a moderator as posted, the held one by its reason', async () => {
    const moderated = await addArticle(db, { commentMode: 'PREMODERATED' });
    const moved = await movedBy([posted, held('premoderation'), held('suspect_word')], async () => {
      expect(await post(await formFor(article.id))).toMatchObject({ held: false });
      expect(await post(await formFor(moderated.id), reader(), moderated.slug)).toMatchObject({ held: true });
    });
    expect(moved).toEqual({ [posted]: 2, [held('premoderation')]: 1, [held('suspect_word')]: 0 });
  });

  it('counts refused comments by why, in words of its own, whatever the reader sent', async () => {
    const twice = await formFor(article.id);
    await post(twice);
    const author = reader();
    const moved = await movedBy(
      [
        posted,
        refused('challenge_wrong'),
        refused('banned_word'),
        refused('duplicate'),
        refused('rate_limited'),
        refused('banned_commenter'),
      ],
      async () => {
        const form = await formFor(article.id);
        expect(await refusalOf(post({ ...form, answer: form.answer === '00000' ? '11111' : '00000' }))).toMatchObject({
          code: 'answerWrong',
        });
        expect(await refusalOf(post(await formFor(article.id, { content: '정말 바*보*야' })))).toEqual({ code: 'refused' });
        expect(await refusalOf(post(await formFor(article.id, { content: twice.content })))).toMatchObject({ code: 'duplicate' });
        const nickname = 'Metrics Reader';
        await post(await formFor(article.id, { nickname }), author);
        expect(await refusalOf(post(await formFor(article.id, { nickname }), author))).toMatchObject({ code: 'slowDown' });
      },
    );
    expect(moved).toEqual({
      [posted]: 1,
      [refused('challenge_wrong')]: 1,
      [refused('banned_word')]: 1,
      [refused('duplicate')]: 1,
      [refused('rate_limited')]: 1,
      [refused('banned_commenter')]: 0,
    });
  });

  it('counts the rate limiter that refused, by its name', async () => {
    const series = 'dateline_rate_limit_refusals_total{limiter="comment-limit:commentPerNickname"}';
    const nickname = 'Hasty Reader';
    const moved = await movedBy([series], async () => {
      await post(await formFor(article.id, { nickname }));
      await refusalOf(post(await formFor(article.id, { nickname })));
    });
    expect(moved).toEqual({ [series]: 1 });
    expect(promtoolCheckMetrics(await exposition()).status).toBe(0);
  });
});
