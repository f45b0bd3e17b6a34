import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { articleTextRecord } from '@/lib/articles/text-record';
import { createDatabase } from '@/lib/db/client';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '@/lib/db/embedded';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { signInAs } from '../support/staff-sign-in';

/**
 * PostgreSQL stops under a running site: a PostgreSQL of the test's own (embedded, in a temporary folder) that it
 * can stop and start again, behind the production build.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const seedArticle = '/ko/articles/namyangju-changzhou-video-conference';
const seedHeadline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';
const otherSlug = 'outage-other-article';
const otherHeadline = '정전 중에도 읽히는 기사';

let root: string;
let dataDir: string;
let postgresPort: number;
let postgres: EmbeddedPostgresServer | undefined;
let site: SiteServer | undefined;
let siteSettings: NodeJS.ProcessEnv;

const startPostgres = async () => (postgres = await startEmbeddedPostgres({ dataDir, port: postgresPort, database: 'dateline' }));

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dateline-faults-'));
  // As root, PostgreSQL runs as the `postgres` user, which must reach its data directory.
  await chmod(root, 0o755);
  dataDir = path.join(root, 'postgres');
  postgresPort = await freePort();
  const { url } = await startPostgres();
  const env = siteEnv({ port: await freePort(), databaseUrl: url, mediaDir: path.join(root, 'media') });
  siteSettings = env;
  await prepareSiteDatabase(env);
  const db = createDatabase(url);
  const text = {
    locale: 'ko' as const,
    headline: otherHeadline,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  };
  await db.article.create({
    data: { slug: otherSlug, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 60_000), texts: { create: articleTextRecord(text) } },
  });
  await db.$disconnect();
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  await postgres?.stop();
  await rm(root, { recursive: true, force: true });
});

test('while PostgreSQL is down, cached pages are still read, the rest is a 503 in the page’s language, and the site recovers', async ({
  page,
  request,
}) => {
  const url = (address: string) => `${site!.url}${address}`;
  // Readers have seen the article and the front page: both are now in the page cache.
  for (const address of [seedArticle, seedArticle, '/ko']) expect((await request.get(url(address))).status()).toBe(200);
  expect((await request.get(url('/readyz'))).status()).toBe(200);

  await postgres!.stop();

  // The load balancer's view: the process is up, but not ready, and says what it waits for.
  expect((await request.get(url('/healthz'))).status()).toBe(200);
  // /readyz answers every probe within a second from one check: the outage shows at the next check.
  await expect.poll(async () => (await request.get(url('/readyz'))).status(), { timeout: 5_000 }).toBe(503);
  const notReady = await request.get(url('/readyz'));
  expect(notReady.status()).toBe(503);
  expect(notReady.headers()['cache-control']).toBe('no-store');
  expect(await notReady.json()).toMatchObject({ status: 'not ready', notReady: { postgres: expect.any(String) } });

  const cached = await request.get(url(seedArticle));
  expect(cached.status()).toBe(200);
  expect(await cached.text()).toContain(seedHeadline);
  expect((await request.get(url('/ko'))).status()).toBe(200);

  const english = await page.goto(url(`/en/articles/${otherSlug}`));
  expect(english?.status()).toBe(503);
  expect(english?.headers()['retry-after']).toBeDefined();
  await expect(page.getByRole('heading', { name: 'Temporarily unavailable' })).toBeVisible();
  await expect(page.getByText('Please try again in a moment.', { exact: false })).toBeVisible();

  const korean = await page.goto(url(`/ko/search?q=${encodeURIComponent('상주')}`));
  expect(korean?.status()).toBe(503);
  await expect(page.getByRole('heading', { name: '잠시 이용할 수 없습니다' })).toBeVisible();

  const comments = await request.get(url(`/api/articles/${otherSlug}/comments?locale=en`));
  expect(comments.status()).toBe(503);
  expect(await comments.json()).toEqual({ error: 'Comments cannot be handled just now. Try again shortly.', fieldErrors: {} });

  await startPostgres();
  await expect.poll(async () => (await request.get(url('/readyz'))).status(), { timeout: 10_000 }).toBe(200);

  const recovered = await page.goto(url(`/ko/articles/${otherSlug}`));
  expect(recovered?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherHeadline);
  expect((await request.get(url(`/ko/search?q=${encodeURIComponent('상주')}`))).status()).toBe(200);
  expect((await request.get(url(`/api/articles/${otherSlug}/comments`))).status()).toBe(200);
});

async function signInAsEditor(browser: Browser) {
  const page = await browser.newPage();
  await signInAs(page, 'EDITOR', { site: site!.url });
  return page;
}

async function headlineOf(request: APIRequestContext, address: string) {
  const response = await request.get(`${site!.url}${address}`);
  return { status: response.status(), headline: /<h1[^>]*>([^<]*)<\/h1>/u.exec(await response.text())?.[1] };
}

test('an article saved just before PostgreSQL stops is read as it was until the database is back, then as saved', async ({
  browser,
  request,
}) => {
  for (let view = 0; view < 2; view++) expect(await headlineOf(request, seedArticle)).toEqual({ status: 200, headline: seedHeadline });
  expect((await request.get(`${site!.url}/ko`)).status()).toBe(200);

  const editor = await signInAsEditor(browser);
  await editor.goto(`${site!.url}/admin/articles`);
  await editor.getByRole('link', { name: seedHeadline }).click();
  const saved = '정전 직전에 고친 제목';
  await editor.getByRole('group', { name: '한국어 원문' }).getByRole('textbox', { name: '제목' }).fill(saved);
  await editor.getByRole('button', { name: '저장', exact: true }).click();
  await expect(editor.getByText(/에 저장함$/)).toBeVisible();

  await postgres!.stop();
  // Every reader, the first included: the save revalidated the page, and no render can replace it now.
  for (let view = 0; view < 3; view++) expect(await headlineOf(request, seedArticle)).toEqual({ status: 200, headline: seedHeadline });
  const front = await request.get(`${site!.url}/ko`);
  expect(front.status()).toBe(200);
  expect(await front.text()).toContain(seedHeadline);

  await startPostgres();
  // Failed renders are retried in the background, at most every 30 s (Next.js's retry delay after a failure).
  await expect.poll(async () => (await headlineOf(request, seedArticle)).headline, { timeout: 60_000, intervals: [1_000] }).toBe(saved);
});

test('an instance started while PostgreSQL is down is up but not ready, and ready once the database is back', async ({ request }) => {
  await postgres!.stop();
  const late = await startSiteServer({ ...siteSettings, PORT: String(await freePort()) });
  try {
    expect((await request.get(`${late.url}/healthz`)).status()).toBe(200);
    const notReady = await request.get(`${late.url}/readyz`);
    expect(notReady.status()).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', notReady: { postgres: 'PostgreSQL did not answer within a second' } });

    await startPostgres();
    await expect.poll(async () => (await request.get(`${late.url}/readyz`)).status(), { timeout: 10_000 }).toBe(200);
    expect((await request.get(`${late.url}/ko/articles/${otherSlug}`)).status()).toBe(200);
  } finally {
    await late.stop();
  }
});

test('on SIGTERM the site answers the request in flight, stops its timers before the database closes, and exits 0', async () => {
  const inFlight = fetch(`${site!.url}/ko/search?q=${encodeURIComponent('교류')}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const exitCode = await site!.stop();
  expect((await inFlight).status).toBe(200);
  expect(exitCode).toBe(0);
  expect(site!.output()).not.toContain('Scheduled publishing failed');
  // Then the database stops (afterAll), as `npm start` stops its embedded one: nothing of the app is left to notice.
});
