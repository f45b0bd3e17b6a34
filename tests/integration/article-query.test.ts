import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { findArticlePreview, findPublishedArticle, type ArticleView, type PhotoView } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { framedPhotos } from '@/lib/media/framed';
import { PrismaClient } from '@/lib/db/generated/client';
import { seedArticle, seedArticleEn, seedArticleKo, seedPhotoTexts } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let mediaDir: string;
let db: Database;
let seedPhoto: { id: string; storageKey: string };
let secondPhotoId: string;
/** Every SQL statement the client sends, so a test can count what one call costs. */
const statements: string[] = [];

async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; count: number }> {
  statements.length = 0;
  const result = await work();
  return { result, count: statements.length };
}

beforeAll(async () => {
  database = await createTestDatabase('article_query', inject('templateDatabase'));
  mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-media-'));
  vi.stubEnv('MEDIA_DIR', mediaDir);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => statements.push(event.query));
  db = client;
  await seedDatabase(db, {});

  // The reference article with a second byline and photo placed before the seeded ones, corrections in both
  // languages (added out of time order, two at the same instant as addCorrection makes them), and a Korean
  // text changed since its English translation. The views expected below are what the page's earlier loader (a
  // nested Prisma select, nine statements) returned for this data.
  const { id: articleId } = await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug }, select: { id: true } });
  const editor = await db.staff.findUniqueOrThrow({ where: { email: 'editor@dateline.example' }, select: { id: true } });
  await db.articleAuthor.updateMany({ where: { articleId }, data: { position: 1 } });
  await db.articleAuthor.create({ data: { articleId, staffId: editor.id, position: 0 } });
  seedPhoto = (
    await db.articlePhoto.findFirstOrThrow({ where: { articleId }, select: { photo: { select: { id: true, storageKey: true } } } })
  ).photo;
  await db.articlePhoto.updateMany({ where: { articleId }, data: { position: 1 } });
  const second = await db.photo.create({
    data: {
      storageKey: 'photos/second-photo.jpg',
      mimeType: 'image/jpeg',
      width: 640,
      height: 480,
      byteSize: 1000,
      texts: { create: { locale: 'ko', alt: '도서관 전경', caption: '남양주시 도서관', credit: null, copyright: null } },
      articles: { create: { articleId, position: 0 } },
    },
  });
  secondPhotoId = second.id;
  await db.correction.createMany({
    data: [
      { articleId, locale: 'ko', note: '두 번째 정정', createdAt: new Date('2022-05-21T00:00:00Z') },
      { articleId, locale: 'en', note: 'Second correction', createdAt: new Date('2022-05-21T00:00:00Z') },
    ],
  });
  await db.correction.createMany({
    data: [
      { articleId, locale: 'ko', note: '첫 정정', createdAt: new Date('2022-05-20T00:00:00.123Z') },
      { articleId, locale: 'en', note: 'First correction', createdAt: new Date('2022-05-20T00:00:00.123Z') },
    ],
  });
  await db.articleText.updateMany({ where: { articleId, locale: 'ko' }, data: { textVersion: { increment: 1 } } });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

/** The seeded photo with its responsive copies at every width up to its own, captioned in one language. */
function seedPhotoView({ alt, caption, credit, copyright }: (typeof seedPhotoTexts)[number]): PhotoView {
  const stem = `/media/${seedPhoto.storageKey.replace(/\.jpg$/, '')}`;
  const sources = ['avif', 'webp'].map((format) => ({
    type: `image/${format}`,
    srcSet: [480, 800, 1200].map((width) => `${stem}-${width}.${format} ${width}w`).join(', '),
  }));
  const framed = framedPhotos({ storageKey: seedPhoto.storageKey, width: 1200, height: 800, variantWidths: [480, 800, 1200], focus: null });
  return {
    id: seedPhoto.id,
    src: `/media/${seedPhoto.storageKey}`,
    sources,
    width: 1200,
    height: 800,
    alt,
    caption,
    credit,
    copyright,
    framed,
  };
}

/** What both language pages share; the text and its photo captions differ. */
function referenceArticle() {
  return {
    slug: seedArticle.slug,
    availableLocales: ['en', 'ko'],
    publishedAt: new Date('2022-05-19T07:23:00Z'),
    revisedAt: null,
    correctedLocales: ['ko', 'en'],
    commentCount: 3,
  } satisfies Partial<ArticleView>;
}

/** Captioned in Korean only, so the English page falls back to it. */
const secondPhotoView = (): PhotoView => ({
  id: secondPhotoId,
  src: '/media/photos/second-photo.jpg',
  sources: [],
  width: 640,
  height: 480,
  alt: '도서관 전경',
  caption: '남양주시 도서관',
  credit: null,
  copyright: null,
  framed: framedPhotos({ storageKey: 'photos/second-photo.jpg', width: 640, height: 480, variantWidths: [], focus: null }),
});

describe('an article page’s data', () => {
  it('loads in one statement, as the Korean page shows it', async () => {
    const { result, count } = await statementsOf(() => findPublishedArticle(db, seedArticle.slug, 'ko'));
    expect(count).toBe(1);
    expect(result).toStrictEqual({
      ...referenceArticle(),
      textLocale: 'ko',
      headline: seedArticleKo.headline,
      subtitles: seedArticleKo.subtitles,
      body: seedArticleKo.body,
      datelineCity: '남양주',
      datelineOutlet: '브레이크뉴스',
      desk: '경기동북부',
      authors: [
        { name: '박서연', contactEmail: null, slug: 'park-seo-yeon' },
        { name: '하인규', contactEmail: 'popupnews24@naver.com', slug: 'ha-in-gyu' },
      ],
      photos: [secondPhotoView(), seedPhotoView(seedPhotoTexts[0])],
      translation: { method: 'ORIGINAL', machineEngine: null, stale: false },
      corrections: [
        { note: '첫 정정', createdAt: new Date('2022-05-20T00:00:00.123Z') },
        { note: '두 번째 정정', createdAt: new Date('2022-05-21T00:00:00Z') },
      ],
      tags: [
        { slug: 'namyangju', name: '남양주' },
        { slug: 'international-exchange', name: '국제교류' },
        { slug: 'libraries', name: '도서관' },
      ],
    } satisfies ArticleView);
  });

  it('loads in one statement, as the English page shows it, with its stale machine translation', async () => {
    const { result, count } = await statementsOf(() => findPublishedArticle(db, seedArticle.slug, 'en'));
    expect(count).toBe(1);
    expect(result).toStrictEqual({
      ...referenceArticle(),
      textLocale: 'en',
      headline: seedArticleEn.headline,
      subtitles: seedArticleEn.subtitles,
      body: seedArticleEn.body,
      datelineCity: 'Namyangju',
      datelineOutlet: 'Break News',
      desk: 'Northeastern Gyeonggi',
      authors: [
        { name: 'Park Seo-yeon', contactEmail: null, slug: 'park-seo-yeon' },
        { name: 'Ha In-gyu', contactEmail: 'popupnews24@naver.com', slug: 'ha-in-gyu' },
      ],
      photos: [secondPhotoView(), seedPhotoView(seedPhotoTexts[1])],
      translation: { method: 'MACHINE', machineEngine: 'Google Translate', stale: true },
      corrections: [
        { note: 'First correction', createdAt: new Date('2022-05-20T00:00:00.123Z') },
        { note: 'Second correction', createdAt: new Date('2022-05-21T00:00:00Z') },
      ],
      tags: [
        { slug: 'namyangju', name: 'Namyangju' },
        { slug: 'international-exchange', name: 'International exchange' },
        { slug: 'libraries', name: 'Libraries' },
      ],
    } satisfies ArticleView);
  });

  it('previews a draft in one statement, at the given time, and keeps it from readers', async () => {
    const draft = await db.article.create({
      data: {
        slug: 'draft-without-desk',
        texts: {
          create: {
            locale: 'ko',
            headline: '초안',
            subtitles: [],
            datelineCity: '서울',
            datelineOutlet: '데이트라인',
            body: bodyFromParagraphs(['본문']),
          },
        },
      },
    });
    const now = new Date('2026-01-02T03:04:05Z');
    const { result, count } = await statementsOf(() => findArticlePreview(db, draft.id, 'en', now));
    expect(count).toBe(1);
    expect(result).toStrictEqual({
      slug: 'draft-without-desk',
      availableLocales: ['ko'],
      textLocale: 'ko',
      headline: '초안',
      subtitles: [],
      body: bodyFromParagraphs(['본문']),
      datelineCity: '서울',
      datelineOutlet: '데이트라인',
      desk: null,
      publishedAt: now,
      revisedAt: null,
      authors: [],
      photos: [],
      translation: { method: 'ORIGINAL', machineEngine: null, stale: false },
      corrections: [],
      correctedLocales: [],
      commentCount: 0,
      tags: [],
    } satisfies ArticleView);
    expect(await statementsOf(() => findPublishedArticle(db, 'draft-without-desk', 'ko'))).toEqual({ result: null, count: 1 });
  });
});
