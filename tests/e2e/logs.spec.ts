import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { testStaff } from '../support/staff-credentials';
import { signInAs } from '../support/staff-sign-in';

/**
 * The server's log as an operator reads it (stdout, JSON lines): a line per request with the id its client got,
 * failed requests with that id and their stack, and nothing a reader or staff member would not want written down.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

type LogLine = { level: string; msg: string; requestId?: string; digest?: string; err?: { stack: string }; [field: string]: unknown };

let database: TestDatabase | undefined;
let mediaDir: string | undefined;
let site: SiteServer | undefined;
let databaseLink: { port: number; cut(): void } | undefined;

/** The site reaches PostgreSQL through this link, which the test can cut as a network failure would. */
async function linkTo({ hostname, port: serverPort }: URL): Promise<{ port: number; cut(): void }> {
  const sockets = new Set<net.Socket>();
  const link = net.createServer((client) => {
    const server = net.connect(Number(serverPort || 5432), hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('error', () => (client.destroy(), server.destroy()));
    }
    client.pipe(server).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => link.listen(port, '127.0.0.1', resolve));
  return {
    port,
    cut: () => {
      link.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}

test.beforeAll(async () => {
  database = await createTestDatabase('logs');
  mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-logs-media-'));
  const linked = new URL(database.url);
  databaseLink = await linkTo(linked);
  linked.hostname = '127.0.0.1';
  linked.port = String(databaseLink.port);
  const env = siteEnv({ port: await freePort(), databaseUrl: linked.toString(), mediaDir });
  await prepareSiteDatabase(env);
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  databaseLink?.cut();
  await database?.drop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const url = (address: string) => `${site!.url}${address}`;

function logLines(): LogLine[] {
  return site!
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The log's lines for a request, once the server has written them. */
async function linesOf(requestId: string, count = 1): Promise<LogLine[]> {
  await expect.poll(() => logLines().filter((line) => line.requestId === requestId).length).toBeGreaterThanOrEqual(count);
  return logLines().filter((line) => line.requestId === requestId);
}

async function withDatabase(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

test('every request has a line with its id, and no password, session cookie or reader address is written', async ({ request, page }) => {
  const address = `198.51.100.${10 + (randomBytes(1)[0]! % 200)}`;
  const commentPassword = `comment-${randomBytes(6).toString('hex')}`;
  const reader = { origin: site!.url, 'x-forwarded-for': address };

  const article = await request.get(url(`/ko/articles/${seedArticle.slug}?q=${commentPassword}`), { headers: reader });
  expect(article.status()).toBe(200);

  const challenge = await request.post(url(`/api/articles/${seedArticle.slug}/comments/challenge`), {
    headers: reader,
    data: { locale: 'ko', kind: 'proof' },
  });
  expect(challenge.status()).toBe(201);
  const { id, salt, difficulty } = (await challenge.json()) as { id: string; salt: string; difficulty: number };
  const comment = await request.post(url(`/api/articles/${seedArticle.slug}/comments`), {
    headers: reader,
    data: {
      locale: 'ko',
      nickname: `기록독자${randomBytes(2).toString('hex')}`,
      password: commentPassword,
      content: `기록 시험 ${randomBytes(4).toString('hex')}`,
      challengeId: id,
      answer: solveProof(salt, difficulty),
    },
  });
  expect(comment.status()).toBe(201);

  await signInAs(page, 'EDITOR', { site: site!.url });
  const dashboard = await page.goto(url('/admin/articles'));
  expect(dashboard?.status()).toBe(200);
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
  expect(session?.value.length).toBeGreaterThan(20);

  const [articleLine] = await linesOf(article.headers()['x-request-id']!);
  expect(articleLine).toMatchObject({ level: 'info', method: 'GET', routeGroup: 'reader-page', status: 200, msg: 'GET reader-page 200' });
  expect(articleLine!.durationMs).toEqual(expect.any(Number));
  expect(articleLine!.time).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/));
  const [commentLine] = await linesOf(comment.headers()['x-request-id']!);
  expect(commentLine).toMatchObject({ method: 'POST', routeGroup: 'comment-api', status: 201 });
  expect((await linesOf((await dashboard!.headerValue('x-request-id'))!))[0]).toMatchObject({ routeGroup: 'staff', status: 200 });

  const written = site!.output();
  const secrets = {
    "the staff member's password": testStaff.EDITOR.password,
    "the comment's password": commentPassword,
    'the session cookie': session!.value,
    "the reader's address": address,
  };
  expect(
    Object.entries(secrets)
      .filter(([, value]) => written.includes(value))
      .map(([name]) => name),
    'secrets in the log',
  ).toEqual([]);
});

async function expectErrorNumber(page: Page, number: string) {
  await expect(page.getByText(`문의 시 이 번호를 알려 주세요: ${number}`)).toBeVisible();
}

test('a failed page shows the number that finds its error, with the stack, in the log', async ({ page, browser }) => {
  await withDatabase((client) => client.query('ALTER TABLE articles RENAME TO articles_away'));
  try {
    const reader = await page.goto(url(`/ko/articles/no-such-article-${randomBytes(3).toString('hex')}`));
    expect(reader?.status()).toBe(500);
    const readerId = (await reader!.headerValue('x-request-id'))!;
    await expectErrorNumber(page, readerId);
    const readerLines = await linesOf(readerId, 2);
    expect(readerLines).toContainEqual(expect.objectContaining({ level: 'error', status: 500, routeGroup: 'reader-page' }));
    expect(readerLines.find((line) => line.err)?.err?.stack).toMatch(/articles_away|articles/);

    const staff = await browser.newPage();
    await signInAs(staff, 'EDITOR', { site: site!.url });
    const newsroom = await staff.goto(url('/admin/articles'));
    expect(newsroom?.status()).toBe(500);
    const failure = (await linesOf((await newsroom!.headerValue('x-request-id'))!, 2)).find((line) => line.err);
    expect(failure).toMatchObject({ level: 'error', digest: expect.stringMatching(/^\d+$/) });
    await expectErrorNumber(staff, failure!.digest!);
    await staff.close();
  } finally {
    await withDatabase((client) => client.query('ALTER TABLE articles_away RENAME TO articles'));
  }
});

test('while the database is out, the 503 page shows the request’s id', async ({ page }) => {
  databaseLink!.cut();
  const unavailable = await page.goto(url(`/en/articles/no-such-article-${randomBytes(3).toString('hex')}`));
  expect(unavailable?.status()).toBe(503);
  const id = (await unavailable!.headerValue('x-request-id'))!;
  await expect(page.getByText(`Quote this number if you contact us: ${id}`)).toBeVisible();
  expect(await linesOf(id, 2)).toContainEqual(
    expect.objectContaining({ level: 'warn', requestId: id, digest: 'DATELINE_DATABASE_UNAVAILABLE' }),
  );
});

test('everything the server wrote, Next.js’s own reports of the failures above included, is one JSON object a line', () => {
  const notJson = site!
    .output()
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('{'));
  expect(notJson, 'lines that jq cannot read').toEqual([]);
});
