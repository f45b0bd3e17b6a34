import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { searchArticles } from '@/lib/search/search-articles';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('search');
const slugPrefix = 'search-test-';
const pagedWord = '쪽나눔시험';
let db: Database;

async function addArticle(
  slug: string,
  headline: string,
  { status = 'PUBLISHED', publishedAt = new Date('2023-01-01T00:00:00Z') }: { status?: 'DRAFT' | 'PUBLISHED'; publishedAt?: Date } = {},
) {
  const text = { locale: 'ko' as const, headline, subtitles: [], datelineCity: '서울', datelineOutlet: '데이트라인', body: bodyFromParagraphs([`${headline} 본문.`]) };
  await db.article.create({ data: { slug: slugPrefix + slug, status, publishedAt, texts: { create: articleTextRecord(text) } } });
}

async function slugsFound(q: string, locale: Locale = 'ko') {
  const { results } = await searchArticles(db, { q, locale, limit: 50 });
  return results.map((r) => r.slug);
}

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  await addArticle('draft', '상주시 초안 기사', { status: 'DRAFT' });
  await addArticle('scheduled', '상주시 예약 기사', { publishedAt: new Date(Date.now() + 3_600_000) });
  await addArticle('percent', '물가 100% 상승');
  await addArticle('thousand', '1000원 시대');
  await addArticle('underscore', '파일 이름 file_name 과 경로 C:\\temp');
  const sameTime = new Date('2023-03-01T00:00:00Z');
  await addArticle('paged-1', `${pagedWord} 하나`, { publishedAt: new Date('2023-02-01T00:00:00Z') });
  await addArticle('paged-2', `${pagedWord} 둘`, { publishedAt: sameTime });
  await addArticle('paged-3', `${pagedWord} 셋`, { publishedAt: sameTime });
  await addArticle('paged-4', `${pagedWord} 넷`, { publishedAt: new Date('2023-04-01T00:00:00Z') });
  await addArticle('paged-5', `${pagedWord} 다섯`, { publishedAt: new Date('2023-05-01T00:00:00Z') });
});

describe('searching Korean text', () => {
  it('finds the seed article by a word inside a word: 상주 in 상주시', async () => {
    const { results } = await searchArticles(db, { q: '상주', locale: 'ko' });
    expect(results.map((r) => r.slug)).toEqual([seedArticle.slug]);
    expect(results[0]).toMatchObject({
      textLocale: 'ko',
      headline: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최',
      publishedAt: seedArticle.publishedAt,
      leadPhoto: { width: 1200, height: 800 },
    });
    expect(results[0]?.snippet).toContain('상주시');
    expect(results[0]?.snippet.length).toBeLessThanOrEqual(162);
  });

  it('finds it by the inner part of a word, 주시 in 남양주시', async () => {
    expect(await slugsFound('주시')).toContain(seedArticle.slug);
  });
});

describe('searching across languages', () => {
  it('finds the Korean article by its English translation, showing the page language', async () => {
    const { results: korean } = await searchArticles(db, { q: 'changzhou', locale: 'ko' });
    expect(korean.map((r) => r.slug)).toEqual([seedArticle.slug]);
    expect(korean[0]?.headline).toBe('남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최');

    const { results: english } = await searchArticles(db, { q: 'Changzhou', locale: 'en' });
    expect(english[0]).toMatchObject({ textLocale: 'en', headline: 'Namyangju and Changzhou, China hold video conference to expand exchanges' });
    expect(english[0]?.snippet).toContain('Changzhou');
  });

  it('shows the Korean text on the English page when there is no translation', async () => {
    const { results } = await searchArticles(db, { q: `${pagedWord} 하나`, locale: 'en' });
    expect(results).toMatchObject([{ slug: `${slugPrefix}paged-1`, textLocale: 'ko', headline: `${pagedWord} 하나` }]);
  });
});

describe('what search never shows', () => {
  it('leaves out drafts and articles scheduled for later', async () => {
    const found = await slugsFound('상주시');
    expect(found).toContain(seedArticle.slug);
    expect(found).not.toContain(`${slugPrefix}draft`);
    expect(found).not.toContain(`${slugPrefix}scheduled`);
  });

  it('treats %, _ and \\ as the characters they are, not as wildcards', async () => {
    const percent = await slugsFound('100%');
    expect(percent).toContain(`${slugPrefix}percent`);
    expect(percent).not.toContain(`${slugPrefix}thousand`);

    const underscore = await slugsFound('_');
    expect(underscore).toContain(`${slugPrefix}underscore`);
    expect(underscore).not.toContain(seedArticle.slug);

    const backslash = await slugsFound('\\');
    expect(backslash).toContain(`${slugPrefix}underscore`);
    expect(backslash).not.toContain(seedArticle.slug);

    expect(await slugsFound('%')).not.toContain(seedArticle.slug);
  });
});

describe('paging through results', () => {
  it('goes newest first and hands over to the next page without repeating or skipping', async () => {
    const all = await slugsFound(pagedWord);
    expect(all).toHaveLength(5);
    expect(all.slice(0, 2)).toEqual([`${slugPrefix}paged-5`, `${slugPrefix}paged-4`]);
    expect(all.at(-1)).toBe(`${slugPrefix}paged-1`);

    const seen: string[] = [];
    let page = await searchArticles(db, { q: pagedWord, locale: 'ko', limit: 2 });
    seen.push(...page.results.map((r) => r.slug));
    while (page.nextCursor) {
      page = await searchArticles(db, { q: pagedWord, locale: 'ko', limit: 2, cursor: page.nextCursor });
      seen.push(...page.results.map((r) => r.slug));
    }
    expect(seen).toEqual(all);
  });

  it('has no next page when the last page is full to the brim', async () => {
    const page = await searchArticles(db, { q: pagedWord, locale: 'ko', limit: 5 });
    expect(page.results).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
  });
});
