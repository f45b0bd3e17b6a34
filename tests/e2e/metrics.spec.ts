import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { promtoolCheckMetrics, sampleOf } from '../support/metrics-text';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { submitSignIn } from '../support/staff-sign-in';
import { testRedisUrl } from '../support/test-redis';

/**
 * /metrics of the production build, as Prometheus scrapes it: what Next.js's bundles count (comments, sign-ins, the
 * cache handler, the database pool) shows in what build/server.mjs exposes, so every copy of the metrics module in
 * the process counts into the one registry.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const token = randomBytes(24).toString('hex');
let database: TestDatabase | undefined;
let mediaDir: string | undefined;
let site: SiteServer | undefined;

test.beforeAll(async () => {
  database = await createTestDatabase('metrics');
  mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-metrics-media-'));
  const env = { ...siteEnv({ port: await freePort(), databaseUrl: database.url, mediaDir, redisUrl: testRedisUrl }), METRICS_TOKEN: token };
  await prepareSiteDatabase(env);
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  await database?.drop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const url = (address: string) => `${site!.url}${address}`;

test('what readers and staff do shows in /metrics, for the token only', async ({ request, page }) => {
  expect((await request.get(url('/metrics'))).status()).toBe(401);
  expect((await request.get(url('/metrics'), { headers: { authorization: 'Bearer wrong' } })).status()).toBe(401);

  const reader = { origin: site!.url, 'x-forwarded-for': '198.51.100.7' };
  expect((await request.get(url(`/ko/articles/${seedArticle.slug}`), { headers: reader })).status()).toBe(200);
  const content = `지표 시험 ${randomBytes(4).toString('hex')}`;
  const postComment = async () => {
    const challenge = await request.post(url(`/api/articles/${seedArticle.slug}/comments/challenge`), {
      headers: reader,
      data: { locale: 'ko', kind: 'proof' },
    });
    const { id, salt, difficulty } = (await challenge.json()) as { id: string; salt: string; difficulty: number };
    return request.post(url(`/api/articles/${seedArticle.slug}/comments`), {
      headers: reader,
      data: {
        locale: 'ko',
        nickname: `지표독자${randomBytes(2).toString('hex')}`,
        password: 'pass1234',
        content,
        challengeId: id,
        answer: solveProof(salt, difficulty),
      },
    });
  };
  expect((await postComment()).status()).toBe(201);
  expect((await postComment()).status()).toBe(409);

  await page.goto(url('/admin/sign-in'));
  await submitSignIn(page, { email: 'nobody@example.com', password: 'not-the-password' });
  await expect(page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.')).toBeVisible();

  const scraped = await request.get(url('/metrics'), { headers: { authorization: `Bearer ${token}` } });
  expect(scraped.status()).toBe(200);
  const text = await scraped.text();
  const sample = (series: string) => sampleOf(text, series);
  expect(sample('dateline_comments_posted_total')).toBe(1);
  expect(sample('dateline_comments_refused_total{reason="duplicate"}')).toBe(1);
  expect(sample('dateline_sign_in_failures_total{reason="wrong_credentials"}')).toBe(1);
  expect(sample('dateline_http_request_duration_seconds_count{route_group="comment-api",status_class="2xx"}')).toBeGreaterThanOrEqual(3);
  expect(sample('dateline_http_request_duration_seconds_count{route_group="comment-api",status_class="4xx"}')).toBe(1);
  expect(sample('dateline_http_request_duration_seconds_count{route_group="reader-page",status_class="2xx"}')).toBeGreaterThanOrEqual(1);
  expect(text).toMatch(/^dateline_cache_reads_total\{kind="pages",result="(hit|miss|superseded)"\} [1-9]/mu);
  expect(
    sample('dateline_db_pool_connections{database="primary",state="in_use"}') +
      sample('dateline_db_pool_connections{database="primary",state="idle"}'),
  ).toBeGreaterThan(0);
  expect(sample('dateline_ready')).toBe(1);
  expect(sample('dateline_redis_up')).toBe(1);
  expect(sample('process_resident_memory_bytes')).toBeGreaterThan(0);
  expect(promtoolCheckMetrics(text)).toEqual({ status: 0, output: '' });
});
