'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { staffAction } from '@/lib/actions/staff-action';
import { editorPath, revisionsPath } from '@/lib/articles/admin-paths';
import { addCorrection, correctionInputSchema } from '@/lib/articles/corrections';
import { articleCreateSchema, articleSaveSchema } from '@/lib/articles/edit-schema';
import { createArticle, restoreRevision, saveArticle, type ArticleChange } from '@/lib/articles/editing';
import { revalidateArticlePages } from '@/lib/articles/revalidate';
import { takeWorkflowStep, workflowInputSchema } from '@/lib/articles/workflow';

/** After the commit: readers get the new version of every page the change touched. */
async function refreshReaderPages(change: ArticleChange): Promise<ArticleChange> {
  await revalidateArticlePages(change.readerSlugs);
  return change;
}

export const createArticleAction = staffAction({
  input: articleCreateSchema,
  permission: 'article.create',
  handler: ({ input, staff, db }) => createArticle(db, staff, input),
});

export const saveArticleAction = staffAction({
  input: articleSaveSchema,
  permission: 'article.editOwn',
  handler: async ({ input, staff, db }) => refreshReaderPages(await saveArticle(db, staff, input)),
});

export const workflowAction = staffAction({
  input: workflowInputSchema,
  permission: 'article.editOwn',
  handler: async ({ input, staff, db }) => refreshReaderPages(await takeWorkflowStep(db, staff, input)),
});

export const addCorrectionAction = staffAction({
  input: correctionInputSchema,
  permission: 'article.editAny',
  handler: async ({ input, staff, db }) => refreshReaderPages(await addCorrection(db, staff, input)),
});

const restoreAction = staffAction({
  input: z.object({ articleId: z.uuid(), version: z.coerce.number().int().positive(), revision: z.coerce.number().int().positive() }),
  permission: 'article.editOwn',
  handler: async ({ input, staff, db }) => refreshReaderPages(await restoreRevision(db, staff, input)),
});

/** The revision page's restore buttons are plain forms: back to the editor, or to the page with what went wrong. */
export async function restoreRevisionForm(formData: FormData): Promise<void> {
  const result = await restoreAction(formData);
  const articleId = String(formData.get('articleId'));
  if (result.ok) redirect(`${editorPath(articleId)}?restored=${formData.get('revision')}`);
  redirect(`${revisionsPath(articleId)}?error=${result.conflict ? 'conflict' : 'failed'}`);
}
