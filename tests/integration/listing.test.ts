import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { listArticles, type ArticleFilter } from '@/lib/articles/listing';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import { findPublicReporter } from '@/lib/newsroom/reporters';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const seedSlug = 'namyangju-changzhou-video-conference';
const own = ownTestDatabase('listing');
let db: Database;
let reporterId: string;

async function addSection(slug: string) {
  return db.section.create({ data: { slug, nameKo: slug, nameEn: slug } });
}

async function addArticle(
  slug: string,
  sectionId: string,
  publishedAt: Date | null,
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' = 'PUBLISHED',
) {
  const text = {
    locale: 'ko' as const,
    headline: slug,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  };
  return db.article.create({
    data: {
      slug,
      status,
      publishedAt,
      sectionId,
      authors: { create: { staffId: reporterId, position: 0 } },
      texts: { create: articleTextRecord(text) },
    },
  });
}

/** Every page of a listing, following nextCursor to the end. */
async function allPages(filter: ArticleFilter, limit?: number) {
  const pages = [];
  let cursor: string | undefined;
  do {
    const page = await listArticles(db, 'ko', { filter, cursor, limit });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages.map((page) => page.items.map((item) => item.slug));
}

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  const reporter = await db.staff.create({
    data: {
      slug: 'listing-test-reporter',
      email: 'listing-test@dateline.example',
      nameKo: '목록',
      nameEn: 'List',
      role: 'REPORTER',
      passwordHash: 'unused',
    },
  });
  reporterId = reporter.id;
});

describe('listing articles a page at a time', () => {
  it('pages through a section newest first: 20, then the remaining 5, each article once', async () => {
    const section = await addSection('listing-test-pages');
    const slugs = Array.from({ length: 25 }, (_, i) => `listing-page-${String(i).padStart(2, '0')}`);
    for (const [i, slug] of slugs.entries()) await addArticle(slug, section.id, new Date(Date.UTC(2021, 0, 1, i)));
    const newestFirst = slugs.toReversed();

    const first = await listArticles(db, 'ko', { filter: { sectionId: section.id } });
    expect(first.items.map((a) => a.slug)).toEqual(newestFirst.slice(0, 20));
    expect(first.nextCursor).not.toBeNull();

    const second = await listArticles(db, 'ko', { filter: { sectionId: section.id }, cursor: first.nextCursor! });
    expect(second.items.map((a) => a.slug)).toEqual(newestFirst.slice(20));
    expect(second.nextCursor).toBeNull();
  });

  it('splits articles published at the same moment by id, without skipping or repeating one', async () => {
    const section = await addSection('listing-test-same-time');
    const sameTime = new Date('2021-06-01T09:00:00Z');
    await addArticle('listing-same-newer', section.id, new Date('2021-06-01T10:00:00Z'));
    for (const n of [1, 2, 3, 4, 5]) await addArticle(`listing-same-${n}`, section.id, sameTime);
    await addArticle('listing-same-older', section.id, new Date('2021-06-01T08:00:00Z'));
    const tied = await db.article.findMany({ where: { publishedAt: sameTime }, orderBy: { id: 'desc' }, select: { slug: true } });

    const pages = await allPages({ sectionId: section.id }, 2);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(['listing-same-newer', ...tied.map((a) => a.slug), 'listing-same-older']);
  });

  it('leaves out drafts, scheduled articles and those published in the future', async () => {
    const section = await addSection('listing-test-hidden');
    const past = new Date('2021-01-01T00:00:00Z');
    await addArticle('listing-hidden-public', section.id, past);
    await addArticle('listing-hidden-draft', section.id, null, 'DRAFT');
    await addArticle('listing-hidden-scheduled', section.id, new Date(Date.now() + 3_600_000), 'SCHEDULED');
    await addArticle('listing-hidden-future', section.id, new Date(Date.now() + 3_600_000));

    expect(await allPages({ sectionId: section.id })).toEqual([['listing-hidden-public']]);
  });

  it('reads a cursor it did not make as the first page', async () => {
    const section = await addSection('listing-test-tampered');
    for (const n of [1, 2, 3]) await addArticle(`listing-tampered-${n}`, section.id, new Date(Date.UTC(2021, 2, n)));
    const firstPage = await listArticles(db, 'ko', { filter: { sectionId: section.id }, limit: 2 });

    for (const cursor of ['garbage', firstPage.nextCursor!.slice(1), firstPage.nextCursor!.slice(0, -4)]) {
      expect(await listArticles(db, 'ko', { filter: { sectionId: section.id }, cursor, limit: 2 })).toEqual(firstPage);
    }
  });

  it("finds the seed article by its reporter, desk and section, and only the reporter's own by reporter", async () => {
    const reporter = await db.staff.findUniqueOrThrow({ where: { slug: 'ha-in-gyu' } });
    const desk = await db.desk.findUniqueOrThrow({ where: { slug: 'gyeonggi-northeast' } });
    const section = await db.section.findUniqueOrThrow({ where: { slug: 'local' } });

    expect(await allPages({ reporterId: reporter.id })).toEqual([[seedSlug]]);
    expect((await allPages({ deskId: desk.id })).flat()).toContain(seedSlug);
    expect((await allPages({ sectionId: section.id })).flat()).toContain(seedSlug);
    expect((await allPages({ reporterId })).flat()).not.toContain(seedSlug);
  });
});

describe('reporter profiles', () => {
  it('shows an active reporter in the page language, with desk', async () => {
    expect(await findPublicReporter(db, 'ha-in-gyu', 'en')).toMatchObject({
      name: 'Ha In-gyu',
      contactEmail: 'popupnews24@naver.com',
      desk: { slug: 'gyeonggi-northeast', name: 'Northeastern Gyeonggi' },
    });
  });

  it('falls back to the Korean bio where there is no English one', async () => {
    await db.staff.update({ where: { id: reporterId }, data: { bioKo: '지역 행정을 취재합니다.' } });
    expect((await findPublicReporter(db, 'listing-test-reporter', 'en'))?.bio).toEqual({ locale: 'ko', text: '지역 행정을 취재합니다.' });
  });

  it('has no public profile once deactivated', async () => {
    await db.staff.update({ where: { id: reporterId }, data: { active: false } });
    expect(await findPublicReporter(db, 'listing-test-reporter', 'ko')).toBeNull();
  });
});
