import { beforeAll, describe, expect, it } from 'vitest';
import { listArticles } from '@/lib/articles/listing';
import { findPublishedArticle } from '@/lib/articles/queries';
import { bodyFromParagraphs, bodyToPlainText } from '@/lib/articles/body';
import { verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { readMedia } from '@/lib/media/storage';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('seed');
const slug = 'namyangju-changzhou-video-conference';
let db: Database;

beforeAll(() => {
  db = own.db;
});

describe('seeding the reference article', () => {
  it('stores the article as the page shows it, and generates the passwords it was not given', async () => {
    const report = await seedDatabase(db, { STAFF_ADMIN_PASSWORD: 'correct horse battery staple' });
    expect(report.articleCreated).toBe(true);
    expect(report.generatedPasswords.map((p) => p.role).sort()).toEqual(['EDITOR', 'MODERATOR', 'REPORTER']);

    const admin = await db.staff.findUniqueOrThrow({ where: { email: 'admin@dateline.example' } });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash, 'correct horse battery staple')).toBe(true);

    const article = await findPublishedArticle(db, slug, 'ko');
    expect(article).toMatchObject({
      headline: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최',
      datelineCity: '남양주',
      datelineOutlet: '브레이크뉴스',
      desk: '경기동북부',
      authors: [{ name: '하인규', contactEmail: 'popupnews24@naver.com' }],
      publishedAt: new Date('2022-05-19T07:23:00Z'),
    });
    expect(article?.subtitles).toHaveLength(2);
    expect(bodyToPlainText(article!.body)).toContain('한편, 남양주시는 포스트 코로나 시대에');
    expect(article?.photos[0]).toMatchObject({ credit: '남양주시청', copyright: '브레이크뉴스 하인규 기자', width: 1200, height: 800 });

    const key = decodeURIComponent(article!.photos[0]!.src.replace('/media/', ''));
    const jpeg = await readMedia(key);
    expect(jpeg?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(await db.comment.count()).toBe(3);
  });

  it('keeps the English translation with its machine-translation record', async () => {
    const article = await findPublishedArticle(db, slug, 'en');
    expect(article?.headline).toBe('Namyangju and Changzhou, China hold video conference to expand exchanges');
    expect(article?.translation).toEqual({ method: 'MACHINE', machineEngine: 'Google Translate', stale: false });
  });

  it('changes nothing when run again', async () => {
    const report = await seedDatabase(db, {});
    expect(report).toEqual({ articleCreated: false, generatedPasswords: [] });
    expect(await db.article.count()).toBe(1);
    expect(await db.staff.count()).toBe(4);
    expect(await db.comment.count()).toBe(3);
  });
});

describe('what readers can see', () => {
  it('marks the translation stale once the Korean text changes', async () => {
    await db.articleText.updateMany({ where: { article: { slug }, locale: 'ko' }, data: { textVersion: { increment: 1 } } });
    expect((await findPublishedArticle(db, slug, 'en'))?.translation.stale).toBe(true);
  });

  it('falls back to the Korean original where there is no translation', async () => {
    await db.article.create({
      data: {
        slug: 'korean-only',
        status: 'PUBLISHED',
        publishedAt: new Date('2022-05-20T01:00:00Z'),
        texts: {
          create: {
            locale: 'ko',
            headline: '한국어 기사',
            subtitles: [],
            datelineCity: '서울',
            datelineOutlet: '데이트라인',
            body: bodyFromParagraphs(['본문']),
          },
        },
      },
    });
    const article = await findPublishedArticle(db, 'korean-only', 'en');
    expect(article).toMatchObject({ headline: '한국어 기사', textLocale: 'ko' });
  });

  it('lists published articles newest first, leaving out drafts and future ones', async () => {
    const text = {
      locale: 'ko',
      headline: '숨은 기사',
      subtitles: [],
      datelineCity: '서울',
      datelineOutlet: '데이트라인',
      body: bodyFromParagraphs(['본문']),
    };
    await db.article.create({ data: { slug: 'a-draft', status: 'DRAFT', texts: { create: text } } });
    await db.article.create({
      data: { slug: 'scheduled-later', status: 'PUBLISHED', publishedAt: new Date(Date.now() + 3_600_000), texts: { create: text } },
    });
    const { items: latest } = await listArticles(db, 'ko');
    expect(latest.map((a) => a.slug)).toEqual(['korean-only', slug]);
    expect(latest[1]?.leadPhoto?.alt).toContain('화상 회의');
    expect(await findPublishedArticle(db, 'a-draft', 'ko')).toBeNull();
  });
});
