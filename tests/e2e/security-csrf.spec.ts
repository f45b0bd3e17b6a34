import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import sharp from 'sharp';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { serverActions } from '../support/server-actions';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { testStaff } from '../support/staff-credentials';
import { signInAs } from '../support/staff-sign-in';

/**
 * Every request that changes something, sent from another site with a signed-in admin's cookies (what a
 * forged form or fetch on a hostile page does), is refused with 403, and the database is left as it was.
 * The site is one of this file's own, so the database can be compared before and after.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const foreignOrigin = 'https://attacker.example';
const slug = 'namyangju-changzhou-video-conference';

let database: TestDatabase | undefined;
let mediaDir: string;
let site: SiteServer | undefined;

test.beforeAll(async () => {
  database = await createTestDatabase('csrf');
  mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-csrf-media-'));
  const env = siteEnv({ port: await freePort(), databaseUrl: database.url, mediaDir });
  await prepareSiteDatabase(env);
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  await database?.drop();
  await rm(mediaDir, { recursive: true, force: true });
});

/** A digest of every row of every table: any insert, update or delete changes it. */
async function databaseDigest(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by 1`,
    );
    const digest: Record<string, string> = {};
    for (const { name } of tables) {
      const table = client.escapeIdentifier(name);
      const { rows } = await client.query<{ md5: string }>(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${table} t`,
      );
      digest[name] = rows[0]!.md5;
    }
    return digest;
  } finally {
    await client.end();
  }
}

/** Route files under app/api with a handler for a method that changes something. */
const changingMethod =
  /export (?:async )?function (?:POST|PUT|PATCH|DELETE)\b|export const (?:POST|PUT|PATCH|DELETE)\b|export \{[^}]*\bas (?:POST|PUT|PATCH|DELETE)\b|export \{[^}]*\b(?:POST|PUT|PATCH|DELETE)\b/;

/** Every route file that takes a change: the newsroom's route handlers (app/api/…/route.ts) and the readers' (pages/api/…). */
function stateChangingRoutes(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return stateChangingRoutes(file);
    if (!changingMethod.test(readFileSync(file, 'utf8'))) return [];
    return [directory.startsWith('app') ? path.dirname(file) : file.replace(/(\/index)?\.ts$/, '')];
  });
}

type Send = (request: APIRequestContext, origin: string) => ReturnType<APIRequestContext['post']>;

test('no route or server action accepts a change sent from another site, and nothing is written', async ({ page }) => {
  const url = (address: string) => `${site!.url}${address}`;
  await signInAs(page, 'ADMIN', { site: site!.url });
  const browser = page.request;

  // A reader's own comment, with a known password, and the ids the routes below need.
  const reader = { 'x-forwarded-for': '198.51.100.7' };
  const proof = await (
    await browser.post(url(`/api/articles/${slug}/comments/challenge`), {
      headers: { origin: site!.url, ...reader },
      data: { locale: 'ko', kind: 'proof' },
    })
  ).json();
  const posted = await browser.post(url(`/api/articles/${slug}/comments`), {
    headers: { origin: site!.url, ...reader },
    data: {
      locale: 'ko',
      nickname: '독자',
      password: 'pass1234',
      content: '교차 사이트 요청 시험',
      challengeId: proof.id,
      answer: solveProof(proof.salt, proof.difficulty),
    },
  });
  expect(posted.status()).toBe(201);
  const commentId: string = (await posted.json()).comment.id;
  // A reader's first report on the article answers a challenge too.
  const reportProof = await (
    await browser.post(url(`/api/articles/${slug}/comments/challenge`), {
      headers: { origin: site!.url },
      data: { locale: 'ko', kind: 'proof' },
    })
  ).json();
  const reportAnswer = { challengeId: reportProof.id, answer: solveProof(reportProof.salt, reportProof.difficulty) };
  const csrfToken: string = (await (await browser.get(url('/api/auth/csrf'))).json()).csrfToken;
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#000' } })
    .png()
    .toBuffer();

  const routes: Record<string, Send[]> = {
    'app/api/admin/comments/actions': [
      (r, origin) =>
        r.post(url('/api/admin/comments/actions'), { headers: { origin }, data: { action: 'delete', ids: [commentId], reason: 'SPAM' } }),
    ],
    'app/api/admin/comments/bans': [
      (r, origin) =>
        r.post(url('/api/admin/comments/bans'), {
          headers: { origin },
          data: { kind: 'NICKNAME', values: ['독자'], period: 'day', reason: '도배', deleteExisting: true },
        }),
    ],
    'app/api/admin/photos': [
      (r, origin) =>
        r.post(url('/api/admin/photos'), {
          headers: { origin },
          multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: png } },
        }),
    ],
    // The token is the only authority of this signed-out change: the origin is refused before it is even looked up.
    'app/api/staff/password-reset': [
      (r, origin) =>
        r.post(url('/api/staff/password-reset'), {
          headers: { origin },
          data: { lang: 'ko', token: 'a'.repeat(43), newPassword: 'a-new-password-123', repeatPassword: 'a-new-password-123' },
        }),
    ],
    'pages/api/articles/[slug]/comments': [
      (r, origin) =>
        r.post(url(`/api/articles/${slug}/comments`), {
          headers: { origin, ...reader },
          data: { locale: 'ko', nickname: '다른독자', password: 'pass1234', content: '위조된 댓글', challengeId: proof.id, answer: '0' },
        }),
    ],
    'pages/api/articles/[slug]/comments/challenge': [
      (r, origin) =>
        r.post(url(`/api/articles/${slug}/comments/challenge`), { headers: { origin }, data: { locale: 'ko', kind: 'image' } }),
    ],
    'app/api/auth/[...nextauth]': [
      (r, origin) =>
        r.post(url('/api/auth/callback/credentials'), {
          headers: { origin },
          form: { csrfToken, email: testStaff.ADMIN.email, password: testStaff.ADMIN.password },
        }),
      (r, origin) => r.post(url('/api/auth/signout'), { headers: { origin }, form: { csrfToken } }),
    ],
    'pages/api/comments/[id]/deletion': [
      (r, origin) =>
        r.post(url(`/api/comments/${commentId}/deletion`), {
          headers: { origin, ...reader },
          data: { locale: 'ko', password: 'pass1234' },
        }),
    ],
    'pages/api/comments/[id]/reports': [
      (r, origin) =>
        r.post(url(`/api/comments/${commentId}/reports`), { headers: { origin }, data: { locale: 'ko', reason: 'SPAM', ...reportAnswer } }),
    ],
  };
  // A new state-changing route must be added above.
  expect(Object.keys(routes).sort()).toEqual([...stateChangingRoutes('app/api'), ...stateChangingRoutes('pages/api')].sort());

  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(10);
  const articleId = /\/admin\/articles\/([0-9a-f-]{36})/.exec(await (await browser.get(url('/admin/articles'))).text())?.[1];
  for (const action of actions) {
    routes[`server action ${action.name}`] = [
      (r, origin) =>
        r.post(url(action.page.replace('[id]', articleId!).replace('[locale]', 'ko')), {
          headers: { origin, 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8' },
          data: '[]',
        }),
    ];
  }

  const before = await databaseDigest();
  for (const [name, sends] of Object.entries(routes)) {
    for (const send of sends) {
      const response = await send(browser, foreignOrigin);
      expect.soft(response.status(), name).toBe(403);
      expect.soft(await response.text(), name).toContain('다른 사이트에서 보낸 요청은 받지 않습니다.');
    }
  }
  expect(await databaseDigest()).toEqual(before);

  // The same report from the site itself is accepted and written: the digest above would have seen it.
  expect((await routes['pages/api/comments/[id]/reports']![0]!(browser, site!.url)).status()).toBe(201);
  expect(await databaseDigest()).not.toEqual(before);
});
