import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { Locale } from '@/lib/i18n/locales';
import { indexedMatchesQuery } from '@/lib/search/matching-articles';
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
  {
    status = 'PUBLISHED',
    publishedAt = new Date('2023-01-01T00:00:00Z'),
    body = `${headline} 본문.`,
  }: { status?: 'DRAFT' | 'PUBLISHED'; publishedAt?: Date; body?: string } = {},
) {
  const text = {
    locale: 'ko' as const,
    headline,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs([body]),
  };
  await db.article.create({ data: { slug: slugPrefix + slug, status, publishedAt, texts: { create: articleTextRecord(text) } } });
}

async function slugsFound(q: string, locale: Locale = 'ko') {
  const { results } = await searchArticles(db, { q, locale, limit: 50 });
  return results.map((r) => r.slug);
}

/** The slugs of up to `pages` pages of `limit` results, following nextCursor. */
async function pagedSlugs(q: string, limit: number, pages = Infinity): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < pages; n++) {
    const page = await searchArticles(db, { q, locale: 'ko', limit, cursor });
    seen.push(...page.results.map((r) => r.slug));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return seen;
}

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  await addArticle('draft', '상주시 초안 기사', { status: 'DRAFT' });
  await addArticle('scheduled', '상주시 예약 기사', { publishedAt: new Date(Date.now() + 3_600_000) });
  await addArticle('percent', '물가 100% 상승');
  await addArticle('thousand', '1000원 시대');
  await addArticle('underscore', '파일 이름 file_name 과 경로 C:\\temp');
  await addArticle('apart', '상공인 주간 회의');
  await addArticle('split', '서울 시립 도서관 교', { body: '류 행사 안내.' });
  await addArticle('ai', '생성형 ai 교육 확대');
  await addArticle('quiz', '주말 퀴즈 quiz 정답');
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

  it('finds a two-character word that is only in the body: 자매 in 자매도시', async () => {
    expect(await slugsFound('자매')).toEqual([seedArticle.slug]);
  });

  it('finds a single character: 韓 in 한중(韓-中)', async () => {
    expect(await slugsFound('韓')).toEqual([seedArticle.slug]);
  });

  it('needs the two characters side by side, in the same text', async () => {
    expect(await slugsFound('상주')).not.toContain(`${slugPrefix}apart`);
    expect(await slugsFound('교류')).not.toContain(`${slugPrefix}split`);
    expect(await slugsFound('관 교')).toContain(`${slugPrefix}split`);
  });

  it('ignores the case of one and two letters', async () => {
    expect(await slugsFound('AI')).toContain(`${slugPrefix}ai`);
    expect(await slugsFound('Q')).toContain(`${slugPrefix}quiz`);
    expect(await slugsFound('q')).not.toContain(`${slugPrefix}ai`);
  });
});

describe('searching across languages', () => {
  it('finds the Korean article by its English translation, showing the page language', async () => {
    const { results: korean } = await searchArticles(db, { q: 'changzhou', locale: 'ko' });
    expect(korean.map((r) => r.slug)).toEqual([seedArticle.slug]);
    expect(korean[0]?.headline).toBe('남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최');

    const { results: english } = await searchArticles(db, { q: 'Changzhou', locale: 'en' });
    expect(english[0]).toMatchObject({
      textLocale: 'en',
      headline: 'Namyangju and Changzhou, China hold video conference to expand exchanges',
    });
    expect(english[0]?.snippet).toContain('Changzhou');
  });

  it('shows the Korean text on the English page when there is no translation', async () => {
    const { results } = await searchArticles(db, { q: `${pagedWord} 하나`, locale: 'en' });
    expect(results).toMatchObject([{ slug: `${slugPrefix}paged-1`, textLocale: 'ko', headline: `${pagedWord} 하나` }]);
    expect(results[0]?.snippet).toBe(`${pagedWord} 하나 본문.`);
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
    expect(await slugsFound('0%')).toEqual([`${slugPrefix}percent`]);
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

  it('pages through a two-character term the same way: 쪽나 in every 쪽나눔시험', async () => {
    expect(await pagedSlugs('쪽나', 2)).toEqual(await slugsFound(pagedWord));
  });

  it('has no next page when the last page is full to the brim', async () => {
    const page = await searchArticles(db, { q: pagedWord, locale: 'ko', limit: 5 });
    expect(page.results).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
  });
});

describe('finding rare and frequent short terms alike', () => {
  /** Every public article containing `q`, newest first, worked out the slow way: what search must return. */
  async function everyMatch(q: string): Promise<string[]> {
    const rows = await db.$queryRaw<{ slug: string }[]>`
      SELECT a.slug FROM articles a
      WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND EXISTS (
        SELECT FROM article_texts t
        WHERE t.article_id = a.id AND (strpos(lower(t.headline), lower(${q})) > 0 OR strpos(lower(t.plain_text), lower(${q})) > 0))
      ORDER BY a.published_at DESC, a.id DESC`;
    return rows.map((row) => row.slug);
  }

  const filler = `${slugPrefix}filler-`;

  beforeAll(async () => {
    // 3,000 articles older than every other one here: 배경 is in all of them, 드문 in every 100th, 희귀 in every
    // 1,000th and 처음 only in the five oldest, so the newest articles hold a page of the first, a little of the
    // next two and none of the last.
    await db.$executeRaw`
      INSERT INTO articles (id, slug, status, source_locale, published_at, created_at, updated_at)
      SELECT gen_random_uuid(), ${filler} || g, 'PUBLISHED', 'ko', timestamptz '2020-01-01' + make_interval(hours => g), now(), now()
      FROM generate_series(1, 3000) g`;
    await db.$executeRaw`
      INSERT INTO article_texts (id, article_id, locale, headline, subtitles, dateline_city, dateline_outlet, body, plain_text, updated_at)
      SELECT gen_random_uuid(), a.id, l.locale, l.word || ' ' || a.slug, '{}', '서울', '데이트라인', '{"type":"doc","content":[]}',
             concat_ws(' ', l.word, CASE WHEN n.g % 100 = 0 THEN '드문' END, CASE WHEN n.g % 1000 = 0 THEN '희귀' END, CASE WHEN n.g <= 5 THEN '처음' END),
             now()
      FROM articles a, LATERAL (SELECT replace(a.slug, ${filler}, '')::int AS g) n,
           (VALUES ('ko', '배경'), ('en', 'background')) AS l(locale, word)
      WHERE a.slug LIKE ${`${filler}%`}`;
    await db.$executeRaw`ANALYZE articles, article_texts`;
  });

  it('returns every match, newest first, a page at a time, however often the term occurs', async () => {
    expect((await everyMatch('드문')).length).toBe(30);
    expect((await everyMatch('희귀')).length).toBe(3);
    expect(await everyMatch('처음')).toEqual([5, 4, 3, 2, 1].map((g) => `${filler}${g}`));
    for (const q of ['드문', '희귀', '처음', '자매', '韓']) {
      expect(await pagedSlugs(q, 7), q).toEqual(await everyMatch(q));
    }
    expect(await pagedSlugs('배경', 7, 3)).toEqual((await everyMatch('배경')).slice(0, 21));
    expect(await pagedSlugs('배경', 400, 10)).toEqual(await everyMatch('배경'));
  });

  it('looks a rare term up in the gram index', async () => {
    const rows = await db.$queryRaw<{ 'QUERY PLAN': unknown }[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${indexedMatchesQuery({ q: '희귀', locale: 'ko' }, { cursor: null, take: 11 })}`,
    );
    expect(JSON.stringify(rows[0]?.['QUERY PLAN'])).toContain('"Index Name":"article_texts_search_grams_idx"');
  });
});
