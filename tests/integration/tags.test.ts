import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { createArticle, saveArticle, type Editor } from '@/lib/articles/editing';
import { listLatestForRss } from '@/lib/articles/feeds';
import { listArticles } from '@/lib/articles/listing';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError, RefusedError } from '@/lib/errors';
import { articleRssResponse } from '@/lib/seo/article-rss';
import { createTag, mergeTags, updateTag } from '@/lib/tags/editing';
import { listRelatedArticles } from '@/lib/tags/related';
import { tagCreateSchema } from '@/lib/tags/schema';
import { findTag, listPublicTagSlugs } from '@/lib/tags/tags';
import { seedDatabase } from '@/prisma/seed/seed';
import { humanTranslation, saveFrom } from '../support/article-save';
import { ownTestDatabase } from '../support/own-database';

const seedSlug = 'namyangju-changzhou-video-conference';
const own = ownTestDatabase('tags');
let db: Database;
let editor: Editor;
let seedTagIds: { namyangju: string; exchange: string; libraries: string };
let localSectionId: string;

const tagIdsOf = async (articleId: string) =>
  (await db.articleTag.findMany({ where: { articleId }, orderBy: { position: 'asc' } })).map((t) => t.tagId);

/** A public (or draft) article straight into the database, with a Korean text and the given tags. */
async function addArticle(
  slug: string,
  {
    publishedAt,
    sectionId = null,
    tagIds = [],
    status = 'PUBLISHED',
  }: Partial<{
    publishedAt: Date;
    sectionId: string | null;
    tagIds: string[];
    status: 'DRAFT' | 'PUBLISHED';
  }> = {},
) {
  return db.article.create({
    data: {
      slug,
      status,
      publishedAt: publishedAt ?? new Date('2022-05-01T00:00:00Z'),
      sectionId,
      authors: { create: { staffId: editor.id, position: 0 } },
      texts: {
        create: articleTextRecord({
          locale: 'ko',
          headline: `${slug} 제목`,
          subtitles: [],
          datelineCity: '서울',
          datelineOutlet: '데이트라인',
          body: bodyFromParagraphs(['본문']),
        }),
      },
      tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
    },
  });
}

const newTag = (nameKo: string, more: { nameEn?: string; slug?: string } = {}) =>
  createTag(db, editor.id, tagCreateSchema.parse({ nameKo, ...more }));

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  editor = (await db.staff.findFirstOrThrow({ where: { role: 'EDITOR' } })) as Editor;
  const bySlug = async (slug: string) => (await findTag(db, slug))!.id;
  seedTagIds = {
    namyangju: await bySlug('namyangju'),
    exchange: await bySlug('international-exchange'),
    libraries: await bySlug('libraries'),
  };
  localSectionId = (await db.section.findUniqueOrThrow({ where: { slug: 'local' } })).id;
});

describe('tags made by staff', () => {
  it('derives the English name and the address from the Korean name, and audits the tag', async () => {
    const tag = await newTag('부동산');
    expect(tag).toMatchObject({ nameKo: '부동산', nameEn: 'Budongsan', slug: 'budongsan' });
    const audit = await db.auditLog.findFirst({ where: { action: 'tag.create', entityId: tag.id } });
    expect(audit?.actorId).toBe(editor.id);
  });

  it('makes the address from the English name when given, and a free one when it is taken', async () => {
    expect(await newTag('교통', { nameEn: 'Transport' })).toMatchObject({ slug: 'transport' });
    expect(await newTag('수송', { nameEn: 'Transport' })).toMatchObject({ slug: 'transport-2' });
    expect(await newTag('인공지능', { nameEn: 'AI' })).toMatchObject({ slug: 'tag-ai' });
  });

  it('refuses a Korean name another tag has, and an address given that another has, beside the field', async () => {
    await expect(newTag('남양주')).rejects.toMatchObject({ reason: 'tags.nameTaken', details: { field: 'nameKo' } });
    await expect(newTag('새 이름', { slug: 'namyangju' })).rejects.toEqual(new InvalidInputError({ slug: ['slugTaken'] }));
    await expect(newTag('남양주')).rejects.toBeInstanceOf(RefusedError);
  });

  it('renames a tag and names the public articles whose pages show it', async () => {
    const tag = await newTag('날씨');
    await addArticle('weather-story', { tagIds: [tag.id] });
    await addArticle('weather-draft', { tagIds: [tag.id], status: 'DRAFT' });
    const change = await updateTag(db, editor.id, { id: tag.id, nameKo: '기상', nameEn: 'Weather', slug: 'weather' });
    expect(change).toEqual({ tag: { id: tag.id, nameKo: '기상', nameEn: 'Weather', slug: 'weather' }, readerSlugs: ['weather-story'] });
  });

  it('merges one tag into another: its articles move (once each), the tag is gone', async () => {
    const from = await newTag('도서관들');
    const into = await newTag('책');
    const both = await addArticle('merge-both', { tagIds: [into.id, from.id] });
    const another = await newTag('기타');
    const onlyFrom = await addArticle('merge-from', { tagIds: [another.id, from.id] });
    await mergeTags(db, editor.id, { id: from.id, intoId: into.id });
    expect(await tagIdsOf(both.id)).toEqual([into.id]);
    expect(await tagIdsOf(onlyFrom.id)).toEqual([another.id, into.id]);
    expect(await db.tag.findUnique({ where: { id: from.id } })).toBeNull();
  });
});

describe('tagging saved with the article', () => {
  const ko = {
    headline: '태그 기사',
    subtitles: [],
    datelineCity: '남양주',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  };
  const en = {
    headline: 'Tagged story',
    subtitles: [],
    datelineCity: 'Namyangju',
    datelineOutlet: 'Dateline',
    body: bodyFromParagraphs(['Body']),
  };

  it('keeps the tags of a new article in the order given, and replaces them on a save', async () => {
    const { namyangju, exchange, libraries } = seedTagIds;
    const created = await createArticle(db, editor, {
      sectionId: null,
      deskId: null,
      authorIds: [editor.id],
      tagIds: [libraries, namyangju],
      ko,
      en,
      translation: humanTranslation,
    });
    expect(await tagIdsOf(created.articleId)).toEqual([libraries, namyangju]);

    const saved = await saveArticle(db, editor, {
      ...(await saveFrom(db, created.articleId)),
      tagIds: [exchange, libraries],
    });
    expect(await tagIdsOf(created.articleId)).toEqual([exchange, libraries]);

    // A save without tags (a restored revision, an older client) leaves them as they are.
    await saveArticle(db, editor, await saveFrom(db, created.articleId));
    expect(await tagIdsOf(created.articleId)).toEqual([exchange, libraries]);
    expect(saved.version).toBe(2);
  });

  it('refuses a tag that does not exist and saves nothing of that save', async () => {
    const created = await createArticle(db, editor, {
      sectionId: null,
      deskId: null,
      authorIds: [editor.id],
      tagIds: [seedTagIds.namyangju],
      ko,
      en,
      translation: humanTranslation,
    });
    const save = await saveFrom(db, created.articleId, { tagIds: ['01890000-0000-7000-8000-000000000000'] });
    await expect(saveArticle(db, editor, { ...save, ko: { ...ko, headline: '바뀐 제목' } })).rejects.toEqual(
      new InvalidInputError({ tagIds: ['invalid'] }),
    );
    expect(await tagIdsOf(created.articleId)).toEqual([seedTagIds.namyangju]);
    const article = await db.article.findUniqueOrThrow({
      where: { id: created.articleId },
      include: { texts: { where: { locale: 'ko' } } },
    });
    expect(article.version).toBe(1);
    expect(article.texts[0]?.headline).toBe('태그 기사');
  });
});

describe("a tag's listing and feed", () => {
  it('lists its public articles newest first, a keyset page at a time, and nothing else', async () => {
    const tag = await newTag('행사');
    const at = (day: number) => new Date(`2023-03-${String(day).padStart(2, '0')}T00:00:00Z`);
    for (const day of [1, 2, 3, 4, 5]) await addArticle(`event-${day}`, { publishedAt: at(day), tagIds: [tag.id] });
    await addArticle('event-untagged', { publishedAt: at(6) });
    await addArticle('event-draft', { publishedAt: at(7), tagIds: [tag.id], status: 'DRAFT' });

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listArticles(db, 'ko', { filter: { tagId: tag.id }, cursor, limit: 2 });
      pages.push(page.items.map((item) => item.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual([['event-5', 'event-4'], ['event-3', 'event-2'], ['event-1']]);
  });

  it("feeds the tag's articles in the feed's language only, as RSS items linking to their pages", async () => {
    const tag = await newTag('축제', { nameEn: 'Festivals' });
    await addArticle('festival-story', { publishedAt: new Date('2023-04-01T00:00:00Z'), tagIds: [tag.id] });
    await addArticle('festival-other', { publishedAt: new Date('2023-04-02T00:00:00Z') });

    const korean = await listLatestForRss(db, 'ko', { tagId: tag.id });
    expect(korean.map((article) => article.slug)).toEqual(['festival-story']);
    expect(await listLatestForRss(db, 'en', { tagId: tag.id })).toEqual([]);

    const channel = {
      title: '축제',
      link: 'http://site/ko/tags/festivals',
      feedUrl: 'http://site/ko/tags/festivals/rss.xml',
      description: '축제',
    };
    const xml = await articleRssResponse({ ...channel, language: 'ko' }, korean).text();
    expect(xml).toContain('<title>festival-story 제목</title>');
    expect(xml).toContain('/ko/articles/festival-story</link>');
    expect(xml).not.toContain('festival-other');
  });

  it('puts in the sitemap only tags on a public article', async () => {
    const unused = await newTag('미사용');
    const draftOnly = await newTag('초안만');
    await addArticle('draft-only', { tagIds: [draftOnly.id], status: 'DRAFT' });
    const slugs = await listPublicTagSlugs(db);
    expect(slugs).toEqual(expect.arrayContaining(['namyangju', 'international-exchange', 'libraries']));
    expect(slugs).not.toContain(unused.slug);
    expect(slugs).not.toContain(draftOnly.slug);
  });
});

describe('related articles', () => {
  it('ranks those sharing the most tags first, then the same section, newest first within each; four at most, public only', async () => {
    const { namyangju, exchange, libraries } = seedTagIds;
    const other = await db.section.create({ data: { slug: 'politics', nameKo: '정치', nameEn: 'Politics' } });
    const day = (d: number) => new Date(`2024-01-${String(d).padStart(2, '0')}T00:00:00Z`);
    await addArticle('rel-two-tags-old', { publishedAt: day(1), sectionId: other.id, tagIds: [namyangju, libraries] });
    await addArticle('rel-one-tag-new', { publishedAt: day(5), sectionId: other.id, tagIds: [exchange] });
    await addArticle('rel-one-tag-older', { publishedAt: day(2), tagIds: [libraries] });
    await addArticle('rel-section-newest', { publishedAt: day(9), sectionId: localSectionId });
    await addArticle('rel-section-newer', { publishedAt: day(8), sectionId: localSectionId });
    await addArticle('rel-other-section', { publishedAt: day(10), sectionId: other.id });
    await addArticle('rel-draft-three-tags', { publishedAt: day(3), tagIds: [namyangju, exchange, libraries], status: 'DRAFT' });
    await addArticle('rel-future', { publishedAt: new Date(Date.now() + 86_400_000), tagIds: [namyangju, exchange] });

    const related = await listRelatedArticles(db, seedSlug, 'ko');
    expect(related.map((article) => article.slug)).toEqual([
      'rel-two-tags-old',
      'rel-one-tag-new',
      'rel-one-tag-older',
      'rel-section-newest',
    ]);
    expect(related[0]).toMatchObject({ headline: 'rel-two-tags-old 제목', textLocale: 'ko' });
  });

  it('shows the newest of the section when the article has no tags, never the article itself', async () => {
    const related = await listRelatedArticles(db, 'rel-section-newer', 'en');
    expect(related.map((article) => article.slug)).toEqual(['rel-section-newest', seedSlug]);
    expect(related[1]).toMatchObject({ textLocale: 'en' });
  });
});
