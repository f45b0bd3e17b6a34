/**
 * Two production servers behind one imagined load balancer: the same PostgreSQL, the same Redis (under a key
 * prefix of this run's own), their own ports. Whatever one of them does, a reader on the other must notice.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { Redis } from 'ioredis';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { seedArticle, seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { testStaff } from '../support/staff-credentials';

const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisKeyPrefix = `dateline-cluster-${randomBytes(4).toString('hex')}:`;
const slug = seedArticle.slug;
const headline = seedArticleKo.headline;

let database: TestDatabase;
let mediaDir: string;
let a: SiteServer;
let b: SiteServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createTestDatabase('cluster');
  mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-cluster-media-'));
  const portA = await freePort();
  let portB = await freePort();
  while (portB === portA) portB = await freePort();
  // One deployment: the same secrets, database, media and Redis; only the address differs.
  const envA = siteEnv({ port: portA, databaseUrl: database.url, mediaDir, redisUrl, redisKeyPrefix });
  const urlB = `http://127.0.0.1:${portB}`;
  const envB = { ...envA, PORT: String(portB), NEXTAUTH_URL: urlB, SITE_URL: urlB };
  await prepareSiteDatabase(envA);
  [a, b] = await Promise.all([startSiteServer(envA), startSiteServer(envB)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${redisKeyPrefix}*`);
  if (keys.length > 0) await redis.del(keys);
  redis.disconnect();
});

async function signInAsEditor(browser: Browser, site: SiteServer) {
  const page = await browser.newPage();
  await page.goto(`${site.url}/admin/sign-in`);
  await page.getByLabel('이메일').fill(testStaff.EDITOR.email);
  await page.getByLabel('비밀번호', { exact: true }).fill(testStaff.EDITOR.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

test('a headline corrected on one server is what the other server shows its next reader', async ({ browser }) => {
  const reader = await browser.newPage();
  const articleOnB = `${b.url}/ko/articles/${slug}`;
  // Twice each, so B serves its cached copy and must be told to drop it, not merely render for the first time.
  for (let i = 0; i < 2; i++) {
    await reader.goto(articleOnB);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline);
    await reader.goto(`${b.url}/ko`);
    await expect(reader.getByRole('link', { name: headline }).first()).toBeVisible();
  }

  const editor = await signInAsEditor(browser, a);
  await editor.goto(`${a.url}/admin/articles`);
  await editor.getByRole('link', { name: headline }).click();
  const corrected = `${headline} (정정)`;
  await editor.getByRole('group', { name: '한국어 원문' }).getByRole('textbox', { name: '제목' }).fill(corrected);
  await editor.getByRole('button', { name: '저장', exact: true }).click();
  await expect(editor.getByText(/에 저장함$/)).toBeVisible();

  // The very next request to B, without waiting: the save has already told every server through Redis.
  await reader.goto(articleOnB);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(corrected);
  await reader.goto(`${b.url}/ko`);
  await expect(reader.getByRole('link', { name: corrected }).first()).toBeVisible();
});

test('a comment posted on one server makes its author wait on the other too, and leaves others at the address free', async ({
  request,
}) => {
  const nickname = `분산독자${randomBytes(2).toString('hex')}`;
  const address = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;

  /** As the comment form does with the automatic check: a proof-of-work challenge, solved, then the comment. */
  async function post(site: SiteServer, author: { nickname: string; address: string }) {
    const headers = { origin: site.url, 'x-forwarded-for': author.address };
    const challenge = await request.post(`${site.url}/api/articles/${slug}/comments/challenge`, {
      headers,
      data: { locale: 'ko', kind: 'proof' },
    });
    expect(challenge.status()).toBe(201);
    const { id, salt, difficulty } = (await challenge.json()) as { id: string; salt: string; difficulty: number };
    return request.post(`${site.url}/api/articles/${slug}/comments`, {
      headers,
      data: {
        locale: 'ko',
        nickname: author.nickname,
        password: 'cluster-password',
        content: `두 서버 시험 ${randomBytes(4).toString('hex')}`,
        challengeId: id,
        answer: solveProof(salt, difficulty),
      },
    });
  }

  expect((await post(a, { nickname, address })).status()).toBe(201);
  // A colleague behind the same address is not held up.
  expect((await post(b, { nickname: `${nickname}다른`, address })).status()).toBe(201);
  const sameNickname = await post(b, { nickname, address: `203.0.113.${1 + (randomBytes(1)[0]! % 250)}` });
  expect(sameNickname.status()).toBe(429);
  expect(((await sameNickname.json()) as { error: string }).error).toMatch(/너무 빨리/);
});
