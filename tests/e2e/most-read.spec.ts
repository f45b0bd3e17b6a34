import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { articleTextRecord } from '@/lib/articles/text-record';
import { createDatabase } from '@/lib/db/client';
import { expectNoAxeViolations } from '../support/axe';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { signInAs } from '../support/staff-sign-in';

/**
 * 많이 본 뉴스 as readers and editors meet it, on a site of the test's own that writes counted views every second
 * (VIEW_FLUSH_SECONDS) instead of every minute, counting in memory (no REDIS_URL; Redis is covered by
 * tests/integration/article-views.test.ts).
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const seed = { slug: 'namyangju-changzhou-video-conference', headline: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최' };
const koreanOnly = { slug: 'most-read-korean-only', headline: '한국어로만 쓴 기사' };
const unread = { slug: 'most-read-unread', headline: '아직 아무도 읽지 않은 기사' };
// Headless Chromium says so in its User-Agent, which the count takes for a script: readers here say they are Chrome.
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

let root: string;
let database: TestDatabase;
let site: SiteServer | undefined;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dateline-most-read-'));
  database = await createTestDatabase('most-read');
  const env: NodeJS.ProcessEnv = {
    ...siteEnv({ port: await freePort(), databaseUrl: database.url, mediaDir: path.join(root, 'media') }),
    VIEW_FLUSH_SECONDS: '1',
  };
  delete env.REDIS_URL;
  await prepareSiteDatabase(env);
  const db = createDatabase(database.url);
  for (const { slug, headline } of [koreanOnly, unread]) {
    const text = {
      locale: 'ko' as const,
      headline,
      subtitles: [],
      datelineCity: '서울',
      datelineOutlet: '데이트라인',
      body: bodyFromParagraphs(['본문']),
    };
    await db.article.create({
      data: { slug, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 60_000), texts: { create: articleTextRecord(text) } },
    });
  }
  await db.$disconnect();
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  await database?.drop();
  await rm(root, { recursive: true, force: true });
});

/** A reader at their own address (the tests stand where nginx would, TRUSTED_PROXIES=loopback) opens the article `times` times. */
async function read(browser: Browser, reader: number, slug: string, times = 1) {
  const context = await browser.newContext({
    userAgent: chrome,
    locale: 'ko-KR',
    extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${reader}` },
  });
  const page = await context.newPage();
  for (let view = 0; view < times; view++) {
    const beacon = page.waitForResponse((response) => response.url().endsWith(`/api/articles/${slug}/view`));
    await page.goto(`${site!.url}/ko/articles/${slug}`);
    expect((await beacon).status()).toBe(200);
  }
  await context.close();
}

/** The headlines of a 많이 본 뉴스 list, as the page shows them once the flush has written the views. */
async function mostRead(browser: Browser, address: string, period: 'day' | 'week' = 'day') {
  const page = await browser.newPage();
  await page.goto(`${site!.url}${address}`);
  const headlines = await page.locator(`[data-most-read] [data-period="${period}"] li a`).allTextContents();
  await page.close();
  return headlines;
}

test('a reader’s views count once an hour, crawlers not at all, and 많이 본 뉴스 follows on the front page and at the end of articles', async ({
  browser,
  page,
  request,
}) => {
  await read(browser, 1, seed.slug, 3);
  await read(browser, 2, koreanOnly.slug);
  await read(browser, 3, koreanOnly.slug);
  // Three views by one reader are one; two readers are two.
  await expect.poll(() => mostRead(browser, '/ko'), { timeout: 20_000 }).toEqual([koreanOnly.headline, seed.headline]);
  expect(await mostRead(browser, '/ko', 'week')).toEqual([koreanOnly.headline, seed.headline]);
  // The English front lists only articles that have an English version.
  await expect.poll(() => mostRead(browser, '/en'), { timeout: 20_000 }).toHaveLength(1);

  // A crawler loading the beacon from many addresses, and a script without a browser's headers, are not readers.
  for (let address = 10; address < 15; address++) {
    const crawler = {
      'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'X-Forwarded-For': `203.0.113.${address}`,
    };
    expect((await request.get(`${site!.url}/api/articles/${unread.slug}/view`, { headers: crawler })).status()).toBe(200);
    await request.get(`${site!.url}/api/articles/${unread.slug}/view`, { headers: { 'X-Forwarded-For': `198.51.100.${address}` } });
  }

  await read(browser, 4, seed.slug);
  await read(browser, 5, seed.slug);
  await expect.poll(() => mostRead(browser, '/ko'), { timeout: 20_000 }).toEqual([seed.headline, koreanOnly.headline]);
  // An article page rendered now ends with the same ranking, in which the crawled article has no place.
  expect(await mostRead(browser, `/ko/articles/${unread.slug}`)).toEqual([seed.headline, koreanOnly.headline]);

  for (const address of ['/ko', `/ko/articles/${unread.slug}`]) {
    await page.goto(`${site!.url}${address}`);
    await expectNoAxeViolations(page);
  }
});

test('editors see each article’s views today and over 7 days in the article list and on the dashboard', async ({ page }) => {
  await signInAs(page, 'EDITOR', { site: site!.url });
  await expect(page.locator('[data-view-totals]')).toHaveText('사이트 전체 조회: 오늘 5, 7일 5');
  const mostReadTable = page.getByRole('table', { name: '최근 7일 동안 많이 본 게시 기사' });
  await expect(mostReadTable.getByRole('row', { name: seed.headline })).toContainText('3');

  await page.goto(`${site!.url}/admin/articles`);
  const row = page.getByRole('row', { name: new RegExp(seed.headline) });
  await expect(row.locator('[data-views]')).toHaveText('3 / 3');
});
