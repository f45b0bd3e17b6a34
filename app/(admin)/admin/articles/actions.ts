'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { articlesChanged } from '@/lib/articles/after-change';
import { addCorrection, correctionInputSchema } from '@/lib/articles/corrections';
import { articleCreateSchema, articleSaveSchema } from '@/lib/articles/edit-schema';
import { createArticle, restoreRevision, saveArticle } from '@/lib/articles/editing';
import { loadPublishChecklist } from '@/lib/articles/publish-checklist';
import { takeWorkflowStep, workflowInputSchema } from '@/lib/articles/workflow';
import { mayEditArticle } from '@/lib/auth/record-rules';

export const createArticleAction = defineAction({
  input: articleCreateSchema,
  access: 'article.create',
  handler: ({ input, staff, db }) => createArticle(db, staff, input),
});

export const saveArticleAction = defineAction({
  input: articleSaveSchema,
  access: mayEditArticle,
  handler: ({ input, staff, db }) => saveArticle(db, staff, input),
  after: articlesChanged,
});

export const workflowAction = defineAction({
  input: workflowInputSchema,
  access: mayEditArticle,
  handler: ({ input, staff, db }) => takeWorkflowStep(db, staff, input),
  after: articlesChanged,
});

/** What an editor is shown before publishing or scheduling; the workflow step itself stays the authority. */
export const publishChecklistAction = defineAction({
  input: z.object({ articleId: z.uuid() }),
  access: 'article.publish',
  handler: ({ input, db }) => loadPublishChecklist(db, input.articleId),
});

export const addCorrectionAction = defineAction({
  input: correctionInputSchema,
  access: 'article.editAny',
  handler: ({ input, staff, db }) => addCorrection(db, staff, input),
  after: articlesChanged,
});

export const restoreRevisionAction = defineAction({
  input: z.object({ articleId: z.uuid(), version: z.coerce.number().int().positive(), revision: z.coerce.number().int().positive() }),
  access: mayEditArticle,
  handler: ({ input, staff, db }) => restoreRevision(db, staff, input),
  after: articlesChanged,
});
