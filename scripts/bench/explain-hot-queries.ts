/**
 * `npx tsx scripts/bench/explain-hot-queries.ts [name…]` with DATABASE_URL on the benchmark database: runs each hot
 * path through the real lib/ function, catches the SQL Prisma sends, and prints EXPLAIN (ANALYZE, BUFFERS) of every
 * statement. Writes run inside a transaction that is rolled back, except a report's (it commits its own). docs/performance.md records what it showed.
 */
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { listArticles } from '@/lib/articles/listing';
import { findPublishedArticle } from '@/lib/articles/queries';
import { issueChallenge } from '@/lib/comments/challenge/issue-challenge';
import { listArticleComments } from '@/lib/comments/reader/list-comments';
import { listModerationQueue, queueFilterSchema, queueSummary } from '@/lib/comments/moderation/queue';
import { postComment } from '@/lib/comments/reader/post-comment';
import { reportComment } from '@/lib/comments/reader/report-comment';
import { createReaderLimits } from '@/lib/comments/reader/reader-limits';
import type { Database } from '@/lib/db/client';
import { PrismaClient } from '@/lib/db/generated/client';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { searchArticles } from '@/lib/search/search-articles';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to the benchmark database.');

type Statement = { sql: string; params: unknown[] };
const captured: Statement[] = [];
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log: [{ emit: 'event', level: 'query' }] });
db.$on('query', (event) => captured.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();

class RolledBack extends Error {}

/** Runs `work` in a transaction that is always undone, so a benchmark run's data stays as generated. */
async function rolledBack(work: (tx: Database) => Promise<unknown>): Promise<void> {
  await db
    .$transaction(async (tx) => {
      await work(tx as unknown as Database);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
}

async function mostCommentedSlug(): Promise<string> {
  const { rows } = await client.query<{ slug: string }>(
    `SELECT a.slug FROM articles a JOIN (SELECT article_id, count(*) FROM comments GROUP BY article_id ORDER BY 2 DESC LIMIT 1) c ON c.article_id = a.id`,
  );
  return rows[0]!.slug;
}

async function sectionId(): Promise<string> {
  const { rows } = await client.query<{ section_id: string }>(`SELECT section_id FROM articles WHERE slug = 'load-1'`);
  return rows[0]!.section_id;
}

const queue = (tab: string) => () => listModerationQueue(db, queueFilterSchema.parse({ tab }), 'ko');

async function postOne(tx: Database, slug: string): Promise<void> {
  const article = await tx.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const challenge = await issueChallenge(article.id, 'image', 'f'.repeat(64));
  if (challenge.kind !== 'image') throw new Error('expected an image challenge');
  await postComment(
    tx,
    slug,
    {
      locale: 'ko',
      nickname: '성능점검',
      password: 'bench-password',
      content: `쿼리 계획 점검 ${Date.now()}`,
      challengeId: challenge.id,
      answer: challenge.digits,
    },
    { ipHash: 'f'.repeat(64), staffId: null },
    { limits: createReaderLimits(createMemoryLimiter) },
  );
}

/** A real report (it has its own transaction), from a new reader each time, on the newest visible comment. */
async function reportOne(slug: string): Promise<void> {
  const { rows } = await client.query<{ id: string; article_id: string }>(
    `SELECT c.id, c.article_id FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.slug = $1 AND c.status = 'VISIBLE' ORDER BY c.created_at DESC LIMIT 1`,
    [slug],
  );
  const reporter = { ipHash: randomBytes(32).toString('hex'), networkHash: randomBytes(32).toString('hex') };
  // A new reader's first report on the article answers a challenge.
  const challenge = await issueChallenge(rows[0]!.article_id, 'image', reporter.ipHash);
  if (challenge.kind !== 'image') throw new Error('expected an image challenge');
  const report = { reason: 'SPAM' as const, challengeId: challenge.id, answer: challenge.digits };
  await reportComment(db, rows[0]!.id, report, reporter, { limits: createReaderLimits(createMemoryLimiter) });
}

const hotSlug = await mostCommentedSlug();
const hotPaths: Record<string, () => Promise<unknown>> = {
  'article by slug': () => findPublishedArticle(db, 'load-5', 'ko'),
  'front page': () => listArticles(db, 'ko'),
  'section page': async () => listArticles(db, 'ko', { filter: { sectionId: await sectionId() } }),
  'search 상주 (common)': () => searchArticles(db, { q: '상주', locale: 'ko' }),
  'search 교류 확대 (phrase)': () => searchArticles(db, { q: '교류 확대', locale: 'ko' }),
  'search 없는낱말 (no match)': () => searchArticles(db, { q: '없는낱말', locale: 'ko' }),
  'comment list, most-commented article': () => listArticleComments(db, hotSlug),
  'moderation queue: all': queue('all'),
  'moderation queue: reported': queue('reported'),
  'moderation queue: held': queue('held'),
  'moderation queue: deleted': queue('deleted'),
  'moderation tab counts': () => queueSummary(db),
  'comment post (article, settings, ban check, words, duplicate check, insert)': () => rolledBack((tx) => postOne(tx, hotSlug)),
  'comment report (kept: reports need their own transaction)': () => reportOne(hotSlug),
};

const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE)/iu.test(sql);
const transactionControl = (sql: string) => /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/iu.test(sql);

/** EXPLAIN (ANALYZE, BUFFERS) in a transaction that is undone; a write that cannot run twice gets its plan only. */
async function explain({ sql, params }: Statement): Promise<string> {
  const plan = async (options: string) => {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (${options}) ${sql}`, params);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await client.query('ROLLBACK');
    }
  };
  return plan('ANALYZE, BUFFERS').catch(
    async (error: Error) => `(plan only: running it again failed: ${error.message})\n${await plan('COSTS')}`,
  );
}

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(hotPaths)) {
  if (wanted.length > 0 && !wanted.some((w) => name.includes(w))) continue;
  await run();
  captured.length = 0;
  const started = performance.now();
  await run();
  const elapsed = performance.now() - started;
  console.log(`\n## ${name} — ${elapsed.toFixed(1)} ms for the whole call (warm)\n`);
  for (const statement of captured.filter((s) => !transactionControl(s.sql))) {
    console.log(
      `${statement.sql}\n-- params: ${JSON.stringify(statement.params).slice(0, 300)}${isWrite(statement.sql) ? '  (undone)' : ''}`,
    );
    console.log(`${await explain(statement)}\n`);
  }
}
await db.$disconnect();
await client.end();
