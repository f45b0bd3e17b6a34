import '#server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { can } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import { ForbiddenActionError, InvalidInputError } from '@/lib/errors';
import { staffText } from '@/lib/security/text';
import type { Locale } from '@/lib/i18n/locales';
import { enqueueArticleEvent } from '@/lib/webhooks/article-events';
import { loadArticleForEditing, type ArticleChange, type Editor } from './editing';

const note = staffText().trim().max(1000);

/** One dated note per language; a Korean correction needs its English note whenever there is an English text. */
export const correctionInputSchema = z
  .object({ articleId: z.uuid(), ko: note, en: note })
  .refine((input) => input.ko || input.en, { path: ['ko'], message: 'required' });
export type CorrectionInput = z.infer<typeof correctionInputSchema>;

export type CorrectionNote = { locale: string; note: string; createdAt: Date };

export async function addCorrection(db: Database, editor: Editor, input: CorrectionInput, now = new Date()): Promise<ArticleChange> {
  if (!can(editor.role, 'article.editAny')) throw new ForbiddenActionError('Only editors add corrections');
  const article = await loadArticleForEditing(db, input.articleId);
  const hasEnglish = await db.articleText.count({ where: { articleId: input.articleId, locale: 'en' } });
  if (input.ko && !input.en && hasEnglish) throw new InvalidInputError({ en: ['correctionEnglishNeeded'] });
  const notes = (['ko', 'en'] as const satisfies Locale[]).filter((locale) => input[locale]);
  await db.$transaction(async (tx) => {
    await tx.correction.createMany({
      data: notes.map((locale) => ({ articleId: input.articleId, locale, note: input[locale], createdById: editor.id, createdAt: now })),
    });
    await recordAudit(tx, {
      actorId: editor.id,
      action: 'article.correct',
      entityType: 'article',
      entityId: input.articleId,
      details: { locales: notes },
    });
    if (article.status === 'PUBLISHED') await enqueueArticleEvent(tx, 'article.updated', input.articleId, now);
  });
  return {
    articleId: article.id,
    version: article.version,
    slug: article.slug,
    readerSlugs: article.status === 'PUBLISHED' ? [article.slug] : [],
  };
}

export function listCorrections(db: Database, articleId: string): Promise<CorrectionNote[]> {
  return db.correction.findMany({
    where: { articleId },
    orderBy: { createdAt: 'asc' },
    select: { locale: true, note: true, createdAt: true },
  });
}
