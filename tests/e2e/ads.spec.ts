/**
 * An admin puts an ad in the front page's top slot; readers see it in both languages, a click is counted and sent on,
 * and the ad leaves by itself at its end. A server of its own, so the ad never shows on the pages other journeys
 * check, and its end can be brought forward in its database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import sharp from 'sharp';
import { toKoreaDateTimeInput } from '@/lib/i18n/time';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { expectNoAxeViolations } from '../support/axe';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { signInAs } from '../support/staff-sign-in';

// Headless Chromium says so in its User-Agent, which the count takes for a script: this reader says it is Chrome.
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

let root: string;
let database: TestDatabase;
let site: SiteServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = await mkdtemp(path.join(tmpdir(), 'dateline-ads-'));
  database = await createTestDatabase('ads');
  const env: NodeJS.ProcessEnv = {
    ...siteEnv({ port: await freePort(), databaseUrl: database.url, mediaDir: path.join(root, 'media') }),
    VIEW_FLUSH_SECONDS: '1',
  };
  delete env.REDIS_URL;
  await prepareSiteDatabase(env);
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  await database?.drop();
  await rm(root, { recursive: true, force: true });
});

const adOn = (page: Page, label: '광고' | 'Advertisement') => page.getByRole('complementary', { name: label });

test('an admin puts ads at the top of the front page and below articles; readers see them in both languages, click one, and it leaves at its end', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const landing = `${site!.url}/en/sections/local`;
  await signInAs(page, 'ADMIN', { site: site!.url });
  await page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('link', { name: '광고', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '광고' })).toBeVisible();

  const form = page.getByRole('form', { name: '첫 화면 위' });
  const banner = await sharp({ create: { width: 728, height: 90, channels: 3, background: '#1f6feb' } })
    .png()
    .toBuffer();
  await form.getByLabel('이미지').setInputFiles({ name: 'banner.png', mimeType: 'image/png', buffer: banner });
  await form.getByLabel('링크').fill('javascript:alert(1)');
  await form.getByLabel('대체 텍스트 (한국어)').fill('가을 할인 광고');
  await form.getByLabel('대체 텍스트 (영어)').fill('Autumn sale ad');
  const now = new Date();
  await form.getByLabel('시작 (한국 시간)').fill(toKoreaDateTimeInput(new Date(now.getTime() - 60_000)));
  await form.getByLabel('끝 (한국 시간)').fill(toKoreaDateTimeInput(new Date(now.getTime() + 3_600_000)));
  await form.getByRole('button', { name: '저장' }).click();
  await expect(form.getByText('http:// 또는 https://로 시작하는 주소를 써 주세요.')).toBeVisible();

  await form.getByLabel('링크').fill(landing);
  await form.getByRole('button', { name: '저장' }).click();
  await expect(form.getByRole('status')).toHaveText(/저장했습니다/);
  const slot = page.getByRole('region', { name: /첫 화면 위/ });
  await expect(slot).toContainText('나가는 중');
  await expectNoAxeViolations(page);

  // The slot below articles, with its period as the form proposes it (from now, for a week).
  const below = page.getByRole('form', { name: '기사 아래' });
  await below.getByLabel('이미지').setInputFiles({ name: 'banner.png', mimeType: 'image/png', buffer: banner });
  await below.getByLabel('링크').fill(landing);
  await below.getByLabel('대체 텍스트 (한국어)').fill('기사 아래 광고');
  await below.getByLabel('대체 텍스트 (영어)').fill('Ad below the article');
  await below.getByRole('button', { name: '저장' }).click();
  await expect(below.getByRole('status')).toHaveText(/저장했습니다/);

  const reader = await (
    await browser.newContext({ userAgent: chrome, locale: 'ko-KR', extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.21' } })
  ).newPage();
  await reader.goto(`${site!.url}/ko`);
  await expect(adOn(reader, '광고').getByRole('img', { name: '가을 할인 광고' })).toBeVisible();
  await reader.goto(`${site!.url}/ko/articles/${seedArticle.slug}`);
  await expect(adOn(reader, '광고').getByRole('img', { name: '기사 아래 광고' })).toBeVisible();
  await reader.goto(`${site!.url}/en`);
  const ad = adOn(reader, 'Advertisement').getByRole('link', { name: 'Autumn sale ad' });
  await expect(ad).toHaveAttribute('href', '/api/ads/front-top/click');
  await expectNoAxeViolations(reader);
  await ad.click();
  await expect(reader).toHaveURL(landing);

  // Counted without a database write per click, written by the next flush (a second here), then shown to the admin.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: /첫 화면 위/ })).toContainText('클릭 1회');
  }).toPass({ timeout: 15_000, intervals: [1000] });

  // Its end brought forward to a few seconds from now, behind the server's back: nobody takes it down.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ ends_at: Date }>(
    "UPDATE ad_slots SET ends_at = now() + interval '3 seconds' WHERE key = 'front-top' RETURNING ends_at",
  );
  await client.end();
  const end = rows[0]!.ends_at.getTime();
  await reader.goto(`${site!.url}/ko`);
  await expect(adOn(reader, '광고')).toBeVisible();
  await expect(async () => {
    await reader.goto(`${site!.url}/ko`);
    await expect(adOn(reader, '광고')).toHaveCount(0);
  }).toPass({ timeout: 20_000, intervals: [500] });
  expect(Date.now()).toBeGreaterThanOrEqual(end);
  await reader.goto(`${site!.url}/en`);
  await expect(adOn(reader, 'Advertisement')).toHaveCount(0);
  // The other ad runs on.
  await reader.goto(`${site!.url}/en/articles/${seedArticle.slug}`);
  await expect(adOn(reader, 'Advertisement').getByRole('img', { name: 'Ad below the article' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: /첫 화면 위/ })).toContainText('끝남');
});
