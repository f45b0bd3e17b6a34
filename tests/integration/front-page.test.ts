import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { listArticles } from '@/lib/articles/listing';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import { RefusedError } from '@/lib/errors';
import { inLanguage } from '@/lib/front/arrange';
import { loadFrontEditor } from '@/lib/front/editor-data';
import { findCuratedFront, previewCuratedFront } from '@/lib/front/queries';
import { releaseFromFront, saveFrontArrangement } from '@/lib/front/save';
import { frontArrangementSchema, type FrontArrangementInput } from '@/lib/front/schema';
import type { Locale } from '@/lib/i18n/locales';
import { toKoreaDateTimeInput } from '@/lib/i18n/time';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('front-page');
let db: Database;
let editorId: string;
let reporterId: string;
const ids: Record<string, string> = {};
const hour = 60 * 60 * 1000;

/** A published story `hoursAgo` old in the section, in Korean and, unless `koreanOnly`, English. */
async function addStory(slug: string, sectionId: string, hoursAgo: number, { koreanOnly = false } = {}) {
  const text = (locale: Locale, headline: string) =>
    articleTextRecord({
      locale,
      headline,
      subtitles: [],
      datelineCity: locale === 'ko' ? '서울' : 'Seoul',
      datelineOutlet: locale === 'ko' ? '데이트라인' : 'Dateline',
      body: bodyFromParagraphs([headline]),
    });
  const article = await db.article.create({
    data: {
      slug,
      status: 'PUBLISHED',
      publishedAt: new Date(Date.now() - hoursAgo * hour),
      sectionId,
      authors: { create: { staffId: reporterId, position: 0 } },
      texts: { create: [text('ko', `${slug} 한국어`), ...(koreanOnly ? [] : [text('en', `${slug} English`)])] },
    },
  });
  ids[slug] = article.id;
}

/** What the action hands the domain: the editor's arrangement, checked by the shared schema. */
function arrange(locale: Locale, fields: Partial<Omit<FrontArrangementInput, 'locale'>>) {
  return saveFrontArrangement(
    db,
    editorId,
    frontArrangementSchema.parse({ locale, lead: null, nextLead: null, secondary: [], pinned: [], ...fields }),
  );
}

async function front(locale: Locale, now?: Date) {
  const latest = (await listArticles(db, locale)).items.filter(inLanguage(locale));
  return findCuratedFront(db, locale, latest, now);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof RefusedError ? error.reason : error),
  );

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  editorId = (await db.staff.findUniqueOrThrow({ where: { email: 'editor@dateline.example' } })).id;
  reporterId = (await db.staff.findFirstOrThrow({ where: { role: 'REPORTER' } })).id;
  ids.seed = (await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } })).id;
  const politics = await db.section.create({ data: { slug: 'front-politics', nameKo: '정치', nameEn: 'Politics', position: 1 } });
  const economy = await db.section.create({ data: { slug: 'front-economy', nameKo: '경제', nameEn: 'Economy', position: 2 } });
  await addStory('front-a', politics.id, 1);
  await addStory('front-b', politics.id, 2);
  await addStory('front-c', politics.id, 3);
  await addStory('front-d', economy.id, 4);
  await addStory('front-e', economy.id, 5);
  await addStory('front-korean-only', economy.id, 0.5, { koreanOnly: true });
});

beforeEach(async () => {
  await db.frontSlot.deleteMany();
  await db.article.updateMany({ where: { id: { in: Object.values(ids) } }, data: { status: 'PUBLISHED' } });
});

describe('the curated front page', () => {
  it('with nothing curated, there is no curated front: the page keeps its latest-first layout', async () => {
    expect(await front('ko')).toBeNull();
    expect(await front('en')).toBeNull();
  });

  it('is saved and loaded: the lead, the top stories in order, then each section with its pins first, every story once', async () => {
    await arrange('ko', { lead: ids['front-c']!, secondary: [ids['front-e']!, ids['front-a']!], pinned: [ids['front-d']!] });

    const ko = (await front('ko'))!;
    expect(ko.lead.slug).toBe('front-c');
    expect(ko.secondary.map((a) => a.slug)).toEqual(['front-e', 'front-a']);
    const blocks = Object.fromEntries(ko.sections.map((block) => [block.slug, block.articles.map((a) => a.slug)]));
    expect(blocks['front-politics']).toEqual(['front-b']);
    // Pinned first although older than the Korean-only story.
    expect(blocks['front-economy']).toEqual(['front-d', 'front-korean-only']);
    expect(blocks.local).toEqual([seedArticle.slug]);

    const editor = await loadFrontEditor(db, 'ko');
    expect(editor.arrangement).toMatchObject({
      lead: ids['front-c'],
      secondary: [ids['front-e'], ids['front-a']],
      pinned: [ids['front-d']],
    });
    expect(editor.candidates.map((c) => c.headline)).toContain('front-korean-only 한국어');

    // Each language is curated on its own: /en is still automatic.
    expect(await front('en')).toBeNull();
  });

  it('audits every change with what the page was before and after', async () => {
    await arrange('en', { lead: ids['front-a']! });
    await arrange('en', { lead: ids['front-b']! });
    const [latest] = await db.auditLog.findMany({ where: { action: 'front.arrange', entityId: 'en' }, orderBy: { id: 'desc' }, take: 1 });
    expect(latest).toMatchObject({
      actorId: editorId,
      entityType: 'frontPage',
      details: { before: { lead: ids['front-a'] }, after: { lead: ids['front-b'], secondary: [], pinned: [], nextLead: null } },
    });
  });

  it('fills the top stories with the newest when none are chosen, and falls back when nothing curated is public any more', async () => {
    await arrange('ko', { lead: ids['front-e']! });
    const ko = (await front('ko'))!;
    expect(ko.lead.slug).toBe('front-e');
    expect(ko.secondary.map((a) => a.slug)).toEqual(['front-korean-only', 'front-a', 'front-b', 'front-c']);

    await db.article.update({ where: { id: ids['front-e'] }, data: { status: 'ARCHIVED' } });
    expect(await front('ko')).toBeNull();
  });

  it('an article unpublished or archived leaves every slot at once, and its slots are released with an audit entry', async () => {
    await arrange('ko', { lead: ids['front-a']!, secondary: [ids['front-b']!, ids['front-d']!], pinned: [ids['front-d']!] });
    await arrange('en', { lead: ids['front-d']! });
    await db.article.update({ where: { id: ids['front-d'] }, data: { status: 'DRAFT' } });

    // The query alone already leaves it out, before anything else runs.
    const ko = (await front('ko'))!;
    const everywhere = [ko.lead, ...ko.secondary, ...ko.sections.flatMap((block) => block.articles)].map((a) => a.slug);
    expect(everywhere).not.toContain('front-d');
    expect(await front('en')).toBeNull();

    expect((await releaseFromFront(db, ['front-d'])).toSorted()).toEqual(['en', 'ko']);
    expect(await db.frontSlot.count({ where: { articleId: ids['front-d'] } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'front.release', details: { path: ['articleId'], equals: ids['front-d']! } } })).toBe(
      3,
    );
    // A published article keeps its places.
    expect(await releaseFromFront(db, ['front-a'])).toEqual([]);
    expect((await loadFrontEditor(db, 'ko')).arrangement).toMatchObject({ lead: ids['front-a'], secondary: [ids['front-b']], pinned: [] });
  });

  it('a scheduled change of lead takes effect at its time, and the preview shows either', async () => {
    const from = new Date(Date.now() + 2 * hour);
    from.setUTCSeconds(0, 0);
    const nextLead = { articleId: ids['front-b']!, startsAt: toKoreaDateTimeInput(from) };
    await arrange('ko', { lead: ids['front-a']!, nextLead, secondary: [ids['front-c']!, ids['front-d']!] });

    expect((await front('ko'))!.lead.slug).toBe('front-a');
    expect((await front('ko', new Date(from.getTime() - 1000)))!.lead.slug).toBe('front-a');
    expect((await front('ko', from))!.lead.slug).toBe('front-b');

    const editor = await loadFrontEditor(db, 'ko');
    expect(editor.arrangement.nextLead).toEqual(nextLead);
    const arrangement = frontArrangementSchema.parse(editor.arrangement);
    const latest = (await listArticles(db, 'ko')).items;
    expect((await previewCuratedFront(db, arrangement, latest))!.lead.slug).toBe('front-a');
    expect((await previewCuratedFront(db, arrangement, latest, from))!.lead.slug).toBe('front-b');

    // Once its time has come, the editor opens with it as the lead.
    expect((await loadFrontEditor(db, 'ko', new Date(from.getTime() + 1000))).arrangement).toMatchObject({
      lead: ids['front-b'],
      nextLead: null,
    });
  });

  it('/en never shows an article without an English version', async () => {
    expect(await refusal(arrange('en', { lead: ids['front-korean-only']! }))).toBe('front.refusals.unavailable');
    expect(await refusal(arrange('en', { lead: ids['front-a']!, pinned: [ids['front-korean-only']!] }))).toBe('front.refusals.unavailable');

    // Nor in the section blocks and automatic top stories, nor once its English text is gone after it was placed.
    const economy = await db.section.findUniqueOrThrow({ where: { slug: 'front-economy' } });
    await addStory('front-translation-withdrawn', economy.id, 6);
    await arrange('en', { lead: ids['front-e']!, secondary: [ids['front-translation-withdrawn']!, ids['front-a']!] });
    await db.articleText.deleteMany({ where: { articleId: ids['front-translation-withdrawn'], locale: 'en' } });
    const en = (await front('en'))!;
    const everywhere = [en.lead, ...en.secondary, ...en.sections.flatMap((block) => block.articles)];
    expect(en.secondary.map((a) => a.slug)).toEqual(['front-a']);
    expect(everywhere.map((a) => a.slug)).not.toContain('front-korean-only');
    expect(everywhere.map((a) => a.slug)).not.toContain('front-translation-withdrawn');
    expect(everywhere.every((a) => a.textLocale === 'en')).toBe(true);
    expect((await loadFrontEditor(db, 'en')).candidates.map((c) => c.id)).not.toContain(ids['front-korean-only']);
  });

  it('refuses what the page cannot show: one top story, a story twice, a past schedule, an unpublished story', async () => {
    expect(await refusal(arrange('ko', { lead: ids['front-a']!, secondary: [ids['front-b']!] }))).toBe('front.refusals.secondaryCount');
    expect(await refusal(arrange('ko', { lead: ids['front-a']!, secondary: [ids['front-a']!, ids['front-b']!] }))).toBe(
      'front.refusals.duplicate',
    );
    const past = { articleId: ids['front-b']!, startsAt: toKoreaDateTimeInput(new Date(Date.now() - hour)) };
    expect(await refusal(arrange('ko', { lead: ids['front-a']!, nextLead: past }))).toBe('front.refusals.scheduleInPast');
    await db.article.update({ where: { id: ids['front-c'] }, data: { status: 'DRAFT' } });
    expect(await refusal(arrange('ko', { lead: ids['front-c']! }))).toBe('front.refusals.unavailable');
    expect(await db.frontSlot.count()).toBe(0);
  });
});
