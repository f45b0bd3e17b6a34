import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { addCorrection } from '@/lib/articles/corrections';
import { createArticle, restoreRevision, saveArticle, type Editor } from '@/lib/articles/editing';
import { findPublishedArticle } from '@/lib/articles/queries';
import { findRevision } from '@/lib/articles/revisions';
import { listArticlesForStaff } from '@/lib/articles/staff-listing';
import { publishDueArticles, takeWorkflowStep } from '@/lib/articles/workflow';
import type { Database } from '@/lib/db/client';
import { ConflictError, ForbiddenActionError, InvalidInputError } from '@/lib/errors';
import { seedDatabase } from '@/prisma/seed/seed';
import { humanTranslation, saveFrom } from '../support/article-save';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('editing');
let db: Database;
let reporter: Editor;
let otherReporter: Editor;
let editor: Editor;

function koText(headline: string, paragraphs = ['본문 첫 문단']) {
  return { headline, subtitles: ['부제'], datelineCity: '남양주', datelineOutlet: '데이트라인', body: bodyFromParagraphs(paragraphs) };
}

function enText(headline: string, paragraphs = ['First paragraph']) {
  return { headline, subtitles: ['Subtitle'], datelineCity: 'Namyangju', datelineOutlet: 'Dateline', body: bodyFromParagraphs(paragraphs) };
}

async function newArticle(by: Editor, headline = '남양주시 도서관 교류') {
  return createArticle(db, by, {
    sectionId: null,
    deskId: null,
    authorIds: [by.id],
    ko: koText(headline),
    en: enText('Namyangju library exchange'),
    translation: humanTranslation,
  });
}

const texts = (articleId: string) => db.articleText.findMany({ where: { articleId }, orderBy: { locale: 'desc' } });

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  const staff = await db.staff.findMany({ where: { role: { in: ['REPORTER', 'EDITOR'] } } });
  reporter = staff.find((s) => s.role === 'REPORTER')!;
  editor = staff.find((s) => s.role === 'EDITOR')!;
  otherReporter = await db.staff.create({
    data: {
      slug: 'other-reporter',
      email: 'other@dateline.example',
      nameKo: '다른',
      nameEn: 'Other',
      role: 'REPORTER',
      passwordHash: 'unused',
    },
  });
});

describe('creating and saving articles', () => {
  it('creates a draft with its reporter as first author, a slug from the English headline and revision 1', async () => {
    const created = await newArticle(reporter);
    const article = await db.article.findUniqueOrThrow({
      where: { id: created.articleId },
      include: { authors: true, articleRevisions: true },
    });
    expect(article).toMatchObject({ status: 'DRAFT', version: 1, slug: 'namyangju-library-exchange' });
    expect(article.authors).toEqual([expect.objectContaining({ staffId: reporter.id, position: 0 })]);
    expect(article.articleRevisions.map((r) => r.version)).toEqual([1]);
    const [ko, en] = await texts(created.articleId);
    expect(ko).toMatchObject({ locale: 'ko', textVersion: 1, plainText: '본문 첫 문단', method: 'ORIGINAL' });
    expect(en).toMatchObject({ locale: 'en', method: 'HUMAN', translatedFromVersion: 1 });
  });

  it('makes slugs unique and romanizes a Korean-only headline', async () => {
    const a = await createArticle(db, reporter, {
      sectionId: null,
      deskId: null,
      authorIds: [],
      ko: koText('화상 회의'),
      en: null,
      translation: humanTranslation,
    });
    const b = await createArticle(db, reporter, {
      sectionId: null,
      deskId: null,
      authorIds: [],
      ko: koText('화상 회의'),
      en: null,
      translation: humanTranslation,
    });
    expect(a.slug).toBe('hwasang-hoeui');
    expect(b.slug).toBe('hwasang-hoeui-2');
    const given = { sectionId: null, deskId: null, authorIds: [], ko: koText('화상 회의'), en: null, translation: humanTranslation };
    expect((await createArticle(db, reporter, { ...given, slug: 'video-call' })).slug).toBe('video-call');
    await expect(createArticle(db, reporter, { ...given, slug: 'video-call' })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('saves both languages, bumps the version and writes one revision per save', async () => {
    const { articleId } = await newArticle(reporter);
    const saved = await saveArticle(db, reporter, await saveFrom(db, articleId, { ko: koText('새 제목') }));
    expect(saved.version).toBe(2);
    const revision = await findRevision(db, articleId, 2);
    expect(revision.texts.find((t) => t.locale === 'ko')?.headline).toBe('새 제목');
    expect(await db.articleRevision.count({ where: { articleId } })).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: articleId, action: 'article.save' } })).toBe(1);
  });

  it('moves textVersion only when headline, subtitles or body change', async () => {
    const { articleId } = await newArticle(reporter);
    const dateline = await saveFrom(db, articleId);
    await saveArticle(db, reporter, { ...dateline, ko: { ...dateline.ko, datelineCity: '구리' } });
    expect((await texts(articleId))[0]).toMatchObject({ textVersion: 1, datelineCity: '구리' });
    await saveArticle(
      db,
      reporter,
      await saveFrom(db, articleId, { ko: { ...dateline.ko, datelineCity: '구리', body: bodyFromParagraphs(['고친 본문']) } }),
    );
    expect((await texts(articleId))[0]).toMatchObject({ textVersion: 2, plainText: '고친 본문' });
  });

  it('marks the translation stale after a Korean change, and current again when staff say so', async () => {
    const { articleId } = await newArticle(reporter);
    await saveArticle(db, reporter, await saveFrom(db, articleId, { ko: koText('바뀐 제목') }));
    expect((await listArticlesForStaff(db, { ...editor, deskId: null }, { translation: 'stale' })).items.map((i) => i.id)).toContain(
      articleId,
    );
    await saveArticle(db, reporter, await saveFrom(db, articleId, { translation: { ...humanTranslation, markCurrent: true } }));
    const [ko, en] = await texts(articleId);
    expect(en!.translatedFromVersion).toBe(ko!.textVersion);
    expect((await listArticlesForStaff(db, { ...editor, deskId: null }, { translation: 'stale' })).items.map((i) => i.id)).not.toContain(
      articleId,
    );
  });

  it('records a machine translation with its engine, time and reviewer', async () => {
    const { articleId } = await newArticle(reporter);
    const translatedAt = new Date('2026-05-19T07:23:00Z');
    await saveArticle(
      db,
      reporter,
      await saveFrom(db, articleId, {
        translation: { method: 'MACHINE', machineEngine: 'Papago', translatedAt, reviewedById: editor.id, markCurrent: false },
      }),
    );
    expect((await texts(articleId))[1]).toMatchObject({
      method: 'MACHINE',
      machineEngine: 'Papago',
      translatedAt,
      reviewedById: editor.id,
    });
  });

  it('refuses a slug another article has, and changes nothing', async () => {
    const { articleId } = await newArticle(reporter);
    const other = await newArticle(reporter, '다른 기사');
    const save = saveArticle(db, reporter, await saveFrom(db, articleId, { slug: other.slug, ko: koText('바꾸려던 제목') }));
    await expect(save).rejects.toBeInstanceOf(InvalidInputError);
    expect((await texts(articleId))[0]!.headline).toBe('남양주시 도서관 교류');
  });
});

describe('optimistic locking', () => {
  it('turns away a save from an old version, overwrites nothing and says what the other save changed', async () => {
    const { articleId } = await newArticle(reporter);
    const mine = await saveFrom(db, articleId);
    await saveArticle(db, editor, await saveFrom(db, articleId, { ko: koText('편집자의 제목') }));
    const error = await saveArticle(db, reporter, { ...mine, ko: koText('기자의 제목') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).currentVersion).toBe(2);
    expect((error as ConflictError).changes).toContainEqual({
      field: 'headline',
      locale: 'ko',
      before: '남양주시 도서관 교류',
      after: '편집자의 제목',
    });
    expect((await texts(articleId))[0]!.headline).toBe('편집자의 제목');
    expect(await db.articleRevision.count({ where: { articleId } })).toBe(2);
  });

  it('lets exactly one of two simultaneous saves from the same version through', async () => {
    const { articleId } = await newArticle(reporter);
    const base = await saveFrom(db, articleId);
    const results = await Promise.allSettled([
      saveArticle(db, reporter, { ...base, ko: koText('하나') }),
      saveArticle(db, editor, { ...base, ko: koText('둘') }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).version).toBe(2);
  });
});

describe('revisions', () => {
  it('restores an old revision as a new save', async () => {
    const { articleId } = await newArticle(reporter);
    await saveArticle(db, reporter, await saveFrom(db, articleId, { ko: koText('두 번째 제목', ['두 번째 본문']) }));
    const restored = await restoreRevision(db, reporter, { articleId, version: 2, revision: 1 });
    expect(restored.version).toBe(3);
    const [ko] = await texts(articleId);
    expect(ko).toMatchObject({ headline: '남양주시 도서관 교류', plainText: '본문 첫 문단', textVersion: 3 });
    expect(await db.articleRevision.count({ where: { articleId } })).toBe(3);
  });
});

describe('workflow and permissions', () => {
  it('lets a reporter submit but not publish, and an editor publish', async () => {
    const { articleId } = await newArticle(reporter);
    const submitted = await takeWorkflowStep(db, reporter, { step: 'submit', articleId, version: 1 });
    await expect(takeWorkflowStep(db, reporter, { step: 'publish', articleId, version: submitted.version })).rejects.toBeInstanceOf(
      ForbiddenActionError,
    );
    const published = await takeWorkflowStep(db, editor, { step: 'publish', articleId, version: submitted.version });
    expect(published.readerSlugs).toEqual([published.slug]);
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      status: 'PUBLISHED',
      publishedAt: expect.any(Date),
    });
  });

  it("keeps reporters out of other reporters' articles and out of published ones", async () => {
    const { articleId } = await newArticle(reporter);
    await expect(saveArticle(db, otherReporter, await saveFrom(db, articleId))).rejects.toBeInstanceOf(ForbiddenActionError);
    await takeWorkflowStep(db, editor, { step: 'publish', articleId, version: 1 });
    await expect(saveArticle(db, reporter, await saveFrom(db, articleId))).rejects.toBeInstanceOf(ForbiddenActionError);
  });

  it('sets revisedAt when a published article is edited, and names its reader pages', async () => {
    const { articleId } = await newArticle(reporter);
    await takeWorkflowStep(db, editor, { step: 'publish', articleId, version: 1 });
    const now = new Date(Date.now() + 60_000);
    const saved = await saveArticle(db, editor, await saveFrom(db, articleId, { ko: koText('고친 제목') }), now);
    expect(saved.readerSlugs).toEqual([saved.slug]);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).revisedAt).toEqual(now);
  });

  it('refuses to schedule in the past', async () => {
    const { articleId } = await newArticle(reporter);
    await expect(
      takeWorkflowStep(db, editor, { step: 'schedule', articleId, version: 1, publishAt: new Date(Date.now() - 1000) }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('publishes the scheduled articles that are due, once, and leaves the rest', async () => {
    const now = new Date();
    const due = await newArticle(reporter, '예약 기사 하나');
    const later = await newArticle(reporter, '예약 기사 둘');
    await takeWorkflowStep(db, editor, {
      step: 'schedule',
      articleId: due.articleId,
      version: 1,
      publishAt: new Date(now.getTime() + 60_000),
    });
    await takeWorkflowStep(db, editor, {
      step: 'schedule',
      articleId: later.articleId,
      version: 1,
      publishAt: new Date(now.getTime() + 3_600_000),
    });
    const inTwoMinutes = new Date(now.getTime() + 120_000);
    expect(await publishDueArticles(db, inTwoMinutes)).toEqual([due.slug]);
    expect(await publishDueArticles(db, inTwoMinutes)).toEqual([]);
    const statuses = await db.article.findMany({
      where: { id: { in: [due.articleId, later.articleId] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((a) => [a.id, a.status]))).toEqual({
      [due.articleId]: 'PUBLISHED',
      [later.articleId]: 'SCHEDULED',
    });
  });

  it('asks for the English correction with a Korean one, when the article has an English text', async () => {
    const { articleId } = await newArticle(reporter);
    await expect(addCorrection(db, editor, { articleId, ko: '날짜를 바로잡았습니다.', en: '' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(addCorrection(db, reporter, { articleId, ko: '정정', en: 'Correction' })).rejects.toBeInstanceOf(ForbiddenActionError);
    const published = await takeWorkflowStep(db, editor, { step: 'publish', articleId, version: 1 });
    const corrected = await addCorrection(db, editor, { articleId, ko: '날짜를 바로잡았습니다.', en: 'The date has been corrected.' });
    expect(corrected.readerSlugs).toEqual([published.slug]);
    const english = await findPublishedArticle(db, published.slug, 'en');
    expect(english?.corrections).toEqual([{ note: 'The date has been corrected.', createdAt: expect.any(Date) }]);
    expect(english?.correctedLocales.toSorted()).toEqual(['en', 'ko']);
  });
});
