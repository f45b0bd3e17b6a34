/**
 * Two production servers behind one imagined load balancer: the same PostgreSQL, the same Redis (under a key
 * prefix of this run's own), their own ports. Whatever one of them does, a reader on the other must notice.
 */
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { seedArticle, seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';
import { startSiteCluster, type SiteCluster } from '../support/site-cluster';
import type { SiteServer } from '../support/site-server';
import { signInAs } from '../support/staff-sign-in';

const slug = seedArticle.slug;
const headline = seedArticleKo.headline;

let cluster: SiteCluster;
let a: SiteServer;
let b: SiteServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startSiteCluster('cluster');
  ({ a, b } = cluster);
});

test.afterAll(async () => {
  await cluster?.stop();
});

async function signInAsEditor(browser: Browser, site: SiteServer) {
  const page = await browser.newPage();
  await signInAs(page, 'EDITOR', { site: site.url });
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
