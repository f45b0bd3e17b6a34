import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs, bodyToPlainText } from '@/lib/articles/body';
import { writeRevision } from '@/lib/articles/revisions';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError, RefusedError } from '@/lib/errors';
import {
  createGlossaryTerm,
  deleteGlossaryTerm,
  glossaryTermInputSchema,
  listGlossaryTerms,
  updateGlossaryTerm,
} from '@/lib/translation/glossary';
import { loadTranslationChecks } from '@/lib/translation/translation-checks';
import { seedArticle, seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';
import { seedGlossary } from '@/prisma/seed/glossary';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('glossary');
let db: Database;
let editorId: string;
let articleId: string;

/** What the definitions hand the domain: the form's fields, checked. */
const term = (fields: { ko: string; en: string; note?: string }) => glossaryTermInputSchema.parse(fields);

const auditEntries = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  editorId = (await db.staff.findUniqueOrThrow({ where: { email: 'editor@dateline.example' } })).id;
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } })).id;
});

describe('the seeded glossary', () => {
  it('holds the reference article’s place names, once, however often the seed runs, and keeps staff edits', async () => {
    const sangju = (await listGlossaryTerms(db)).find((t) => t.ko === '상주시')!;
    await updateGlossaryTerm(db, editorId, sangju.id, term({ ko: '상주시', en: 'Changzhou', note: '편집국 메모' }));
    await seedDatabase(db, {});
    const terms = await listGlossaryTerms(db);
    expect(terms.map(({ ko, en }) => ({ ko, en }))).toEqual(
      seedGlossary.map(({ ko, en }) => ({ ko, en })).sort((a, b) => a.ko.localeCompare(b.ko, 'ko')),
    );
    expect(terms.find((t) => t.ko === '상주시')?.note).toBe('편집국 메모');
  });
});

describe('glossary terms', () => {
  it('are added with an audit entry written in the same transaction', async () => {
    const { id, ...created } = await createGlossaryTerm(db, editorId, term({ ko: ' 강소성 ', en: 'Jiangsu Province', note: '' }));
    expect(created).toEqual({ ko: '강소성', en: 'Jiangsu Province', note: null });
    expect(await auditEntries(id)).toMatchObject([
      {
        actorId: editorId,
        action: 'glossary.create',
        entityType: 'glossaryTerm',
        details: { ko: '강소성', en: 'Jiangsu Province', note: null },
      },
    ]);
  });

  it('refuse a Korean term already in the glossary, even typed decomposed, as an error on that field', async () => {
    const before = await db.auditLog.count();
    for (const ko of ['상주시', '상주시'.normalize('NFD')]) {
      await expect(createGlossaryTerm(db, editorId, term({ ko, en: 'Sangju' }))).rejects.toEqual(
        new InvalidInputError({ ko: ['glossaryTermTaken'] }),
      );
    }
    expect(await db.auditLog.count()).toBe(before);
  });

  it('refuse empty and overlong fields, naming each', async () => {
    const parsed = glossaryTermInputSchema.safeParse({ ko: '  ', en: 'x'.repeat(81), note: 'y'.repeat(301) });
    expect(Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      ko: 'required',
      en: 'tooLong',
      note: 'tooLong',
    });
  });

  it('are edited, the audit entry keeping what they were; renaming onto another term is refused', async () => {
    const { id } = await createGlossaryTerm(db, editorId, term({ ko: '조광한', en: 'Jo Kwang-han' }));
    expect(await updateGlossaryTerm(db, editorId, id, term({ ko: '조광한', en: 'Cho Kwang-han', note: '시장' }))).toMatchObject({
      en: 'Cho Kwang-han',
      note: '시장',
    });
    expect((await auditEntries(id)).at(-1)).toMatchObject({
      action: 'glossary.update',
      details: { before: { en: 'Jo Kwang-han', note: null }, after: { en: 'Cho Kwang-han', note: '시장' } },
    });
    await expect(updateGlossaryTerm(db, editorId, id, term({ ko: '남양주시', en: 'Namyangju' }))).rejects.toMatchObject({
      fieldErrors: { ko: ['glossaryTermTaken'] },
    });
    await expect(
      updateGlossaryTerm(db, editorId, '00000000-0000-7000-8000-000000000000', term({ ko: '없음', en: 'None' })),
    ).rejects.toEqual(new RefusedError('glossary.termGone', 404));
  });

  it('are deleted with an audit entry that says what was deleted; deleting again finds nothing', async () => {
    const { id } = await createGlossaryTerm(db, editorId, term({ ko: '도서관운영과', en: 'Library Operations Division' }));
    expect(await deleteGlossaryTerm(db, editorId, id)).toBe(true);
    expect((await listGlossaryTerms(db)).some((t) => t.id === id)).toBe(false);
    expect((await auditEntries(id)).at(-1)).toMatchObject({
      action: 'glossary.delete',
      details: { ko: '도서관운영과', en: 'Library Operations Division' },
    });
    expect(await deleteGlossaryTerm(db, editorId, id)).toBe(false);
  });
});

describe('translation checks of the seed article', () => {
  it('flag Sangju against the seeded glossary; the translation is current', async () => {
    const checks = await loadTranslationChecks(db, articleId);
    expect(checks?.staleness).toBeNull();
    const seeded = checks?.warnings.filter((w) => seedGlossary.some((term) => term.ko === w.term.ko));
    expect(seeded).toMatchObject([
      { kind: 'otherRendering', term: { ko: '상주시' }, found: 'Sangju', place: { part: 'paragraph', index: 1 } },
    ]);
  });

  it('show what changed in the Korean since the translation was made, from the revision that recorded that text', async () => {
    await db.$transaction((tx) => writeRevision(tx, articleId, 1, editorId));
    const paragraphs = bodyToPlainText(seedArticleKo.body).split('\n\n');
    const edited = {
      ...seedArticleKo,
      body: bodyFromParagraphs([paragraphs[0]!.replace('조광한', '주광덕'), ...paragraphs.slice(1), '새 문단.']),
    };
    await db.$transaction(async (tx) => {
      await tx.articleText.update({
        where: { articleId_locale: { articleId, locale: 'ko' } },
        data: { ...articleTextRecord(edited), textVersion: 2 },
      });
      await tx.article.update({ where: { id: articleId }, data: { version: 2 } });
      await writeRevision(tx, articleId, 2, editorId);
    });

    const checks = await loadTranslationChecks(db, articleId);
    expect(checks?.staleness?.changes).toEqual({
      headline: null,
      subtitles: [],
      paragraphs: [
        {
          kind: 'changed',
          index: 0,
          oldIndex: 0,
          words: expect.arrayContaining([
            { kind: 'removed', text: '조광한' },
            { kind: 'added', text: '주광덕' },
          ]),
        },
        { kind: 'added', index: 6, text: '새 문단.' },
      ],
    });
  });

  it('say so when no revision recorded the Korean text the translation was made from', async () => {
    await db.articleRevision.deleteMany({ where: { articleId, version: 1 } });
    expect((await loadTranslationChecks(db, articleId))?.staleness).toEqual({ changes: null });
  });
});
