/**
 * The breaking banner on two production servers sharing PostgreSQL and Redis (as tests/e2e/multi-instance.spec.ts):
 * an editor puts it up on one, readers of the other see it on their next page, and it leaves by itself at its end.
 * Servers of their own, so the banner never shows on the pages the other journeys check.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { expectNoAxeViolations } from '../support/axe';
import { startSiteCluster, type SiteCluster } from '../support/site-cluster';
import type { SiteServer } from '../support/site-server';
import { signInAs } from '../support/staff-sign-in';

const slug = seedArticle.slug;
const headlineKo = '남양주 전역 호우 경보… 왕숙천 범람 우려';
const headlineEn = 'Heavy rain warning across Namyangju as the Wangsuk Stream nears flooding';

let cluster: SiteCluster;
let a: SiteServer;
let b: SiteServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startSiteCluster('breaking');
  ({ a, b } = cluster);
});

test.afterAll(async () => {
  await cluster?.stop();
});

async function breakingDesk(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, 'EDITOR', { site: a.url });
  await page.getByRole('link', { name: '속보', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '속보' })).toBeVisible();
  return page;
}

async function putUp(desk: Page, fields: { ko: string; en?: string; link: string }) {
  await desk.getByLabel('한국어 제목').fill(fields.ko);
  await desk.getByLabel('영문 제목 (선택)').fill(fields.en ?? '');
  await desk.getByLabel('링크').fill(fields.link);
  await desk.getByRole('radio', { name: '30분' }).check();
  await desk.getByRole('button', { name: '속보 올리기' }).click();
  await expect(desk.getByRole('form', { name: '속보 올리기' }).getByRole('status')).toHaveText(/속보를 올렸습니다/);
}

const bannerOn = (page: Page, label: '속보' | 'Breaking') => page.getByRole('complementary', { name: label });

test('an editor puts up a breaking headline on one server, and every reader page on the other shows it at once, then not after its end', async ({
  browser,
}) => {
  const reader = await (await browser.newContext()).newPage();
  const pages = [`${b.url}/ko`, `${b.url}/en/articles/${slug}`];
  // Twice each: B serves its cached copies, and must be told to drop them.
  for (let i = 0; i < 2; i++) {
    for (const address of pages) {
      await reader.goto(address);
      await expect(bannerOn(reader, '속보').or(bannerOn(reader, 'Breaking'))).toHaveCount(0);
    }
  }

  const desk = await breakingDesk(browser);
  await putUp(desk, { ko: headlineKo, en: headlineEn, link: `/ko/articles/${slug}` });
  await expect(desk.getByRole('region', { name: '지금 떠 있는 속보' })).toContainText(headlineKo);
  await expectNoAxeViolations(desk);

  // The very next view on B, without waiting: the article in the page's own language.
  await reader.goto(`${b.url}/ko`);
  await expect(bannerOn(reader, '속보').getByRole('link', { name: headlineKo })).toHaveAttribute('href', `/ko/articles/${slug}`);
  await expectNoAxeViolations(reader);
  await reader.goto(`${b.url}/en/articles/${slug}`);
  await expect(bannerOn(reader, 'Breaking').getByRole('link', { name: headlineEn })).toHaveAttribute('href', `/en/articles/${slug}`);
  await reader.goto(`${b.url}/ko/sections/local`);
  await expect(bannerOn(reader, '속보')).toContainText(headlineKo);

  // Its end brought forward to a few seconds from now, behind both servers' backs: nobody takes it down.
  const client = new pg.Client({ connectionString: cluster.database.url });
  await client.connect();
  const { rows } = await client.query<{ ends_at: Date }>(
    "UPDATE breaking_banners SET ends_at = now() + interval '3 seconds' WHERE ends_at > now() RETURNING ends_at",
  );
  await client.end();
  const end = rows[0]!.ends_at.getTime();
  await reader.goto(`${b.url}/ko`);
  await expect(bannerOn(reader, '속보')).toBeVisible();
  await expect(async () => {
    await reader.goto(`${b.url}/ko`);
    await expect(bannerOn(reader, '속보')).toHaveCount(0);
  }).toPass({ timeout: 20_000, intervals: [500] });
  expect(Date.now()).toBeGreaterThanOrEqual(end);
  await reader.goto(`${b.url}/en/articles/${slug}`);
  await expect(bannerOn(reader, 'Breaking')).toHaveCount(0);
});

test('a headline without English shows on Korean pages only, and “take down now” removes it everywhere', async ({ browser }) => {
  const desk = await breakingDesk(browser);
  await putUp(desk, { ko: '속보 시험: 영문 없음', link: 'https://www.kma.go.kr/' });

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`${b.url}/ko/articles/${slug}`);
  await expect(bannerOn(reader, '속보').getByRole('link', { name: '속보 시험: 영문 없음' })).toHaveAttribute(
    'href',
    'https://www.kma.go.kr/',
  );
  await reader.goto(`${b.url}/en`);
  await expect(bannerOn(reader, 'Breaking')).toHaveCount(0);

  desk.once('dialog', (dialog) => void dialog.accept());
  await desk.getByRole('button', { name: '지금 내리기' }).click();
  await expect(desk.getByText('지금 떠 있는 속보가 없습니다.')).toBeVisible();
  await reader.goto(`${b.url}/ko/articles/${slug}`);
  await expect(bannerOn(reader, '속보')).toHaveCount(0);
});
