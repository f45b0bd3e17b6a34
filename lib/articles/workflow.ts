import '#server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { can, canEditArticle } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { ConflictError, ForbiddenActionError, InvalidInputError } from '@/lib/errors';
import { enqueueArticleEvent } from '@/lib/webhooks/article-events';
import { koreaDateTimeSchema } from './edit-schema';
import { loadArticleForEditing, type ArticleChange, type Editor } from './editing';

export const workflowSteps = ['submit', 'schedule', 'publish', 'unpublish', 'archive'] as const;
export type WorkflowStep = (typeof workflowSteps)[number];

/** Where each step may start and where it leaves the article. Submitting is the author's; the rest are editors'. */
const steps: Record<WorkflowStep, { from: readonly ArticleStatus[]; to: ArticleStatus; editorsOnly: boolean }> = {
  submit: { from: ['DRAFT'], to: 'IN_REVIEW', editorsOnly: false },
  schedule: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED'], to: 'SCHEDULED', editorsOnly: true },
  publish: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED'], to: 'PUBLISHED', editorsOnly: true },
  unpublish: { from: ['PUBLISHED', 'SCHEDULED', 'ARCHIVED'], to: 'DRAFT', editorsOnly: true },
  archive: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED'], to: 'ARCHIVED', editorsOnly: true },
};

type Article = { status: ArticleStatus; authorIds: readonly string[] };

export function canTakeStep(editor: Editor, article: Article, step: WorkflowStep): boolean {
  const rule = steps[step];
  if (!rule.from.includes(article.status)) return false;
  return rule.editorsOnly ? can(editor.role, 'article.publish') : canEditArticle(editor, article);
}

/** The steps this account can take on the article now: the buttons the editor shows. */
export function availableSteps(editor: Editor, article: Article): WorkflowStep[] {
  return workflowSteps.filter((step) => canTakeStep(editor, article, step));
}

export const workflowInputSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('schedule'), articleId: z.uuid(), version: z.int().positive(), publishAt: koreaDateTimeSchema }),
  z.object({ step: z.enum(['submit', 'publish', 'unpublish', 'archive']), articleId: z.uuid(), version: z.int().positive() }),
]);
export type WorkflowInput = z.infer<typeof workflowInputSchema>;

/**
 * When the article goes (or went) public. Publishing keeps the first publication time of an article published
 * before and unpublished since; unpublishing forgets a time that has not come yet.
 */
function publishedAtAfter(input: WorkflowInput, current: Date | null, now: Date): Date | null | undefined {
  switch (input.step) {
    case 'schedule':
      return input.publishAt;
    case 'publish':
      return current && current <= now ? current : now;
    case 'unpublish':
      return current && current <= now ? current : null;
    default:
      return undefined;
  }
}

/** What webhooks hear of a step: an article entering or leaving PUBLISHED (a scheduled one is heard when it goes out). */
function webhookEventOf(from: ArticleStatus, to: ArticleStatus): 'article.published' | 'article.unpublished' | null {
  if (from === to) return null;
  if (to === 'PUBLISHED') return 'article.published';
  return from === 'PUBLISHED' ? 'article.unpublished' : null;
}

/** Moves the article along the workflow, if nobody changed it since `version`; reader pages change when it enters or leaves PUBLISHED. */
export async function takeWorkflowStep(db: Database, editor: Editor, input: WorkflowInput, now = new Date()): Promise<ArticleChange> {
  const article = await loadArticleForEditing(db, input.articleId);
  if (!canTakeStep(editor, article, input.step)) throw new ForbiddenActionError(`Cannot ${input.step} this article`);
  if (article.version !== input.version) throw new ConflictError(article.version, []);
  if (input.step === 'schedule' && input.publishAt <= now) throw new InvalidInputError({ publishAt: ['scheduleInPast'] });
  const status = steps[input.step].to;
  const version = input.version + 1;
  const taken = await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: input.articleId, version: input.version },
      data: { status, version, publishedAt: publishedAtAfter(input, article.publishedAt, now) },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: editor.id,
      action: `article.${input.step}`,
      entityType: 'article',
      entityId: input.articleId,
      details: { version },
    });
    const event = webhookEventOf(article.status, status);
    if (event) await enqueueArticleEvent(tx, event, input.articleId, now);
    return true;
  });
  if (!taken) throw new ConflictError((await loadArticleForEditing(db, input.articleId)).version, []);
  const readerSlugs = article.status === 'PUBLISHED' || status === 'PUBLISHED' ? [article.slug] : [];
  return { articleId: input.articleId, version, slug: article.slug, readerSlugs };
}

/**
 * Publishes every scheduled article whose time has come. Driven by the database alone, so running it after
 * a restart catches up on what fell due meanwhile, and running it twice (or in two processes) publishes once.
 */
export async function publishDueArticles(db: Database, now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const published = await tx.article.updateManyAndReturn({
      where: { status: 'SCHEDULED', publishedAt: { lte: now } },
      data: { status: 'PUBLISHED', version: { increment: 1 } },
      select: { id: true, slug: true, version: true },
    });
    for (const { id, version } of published) {
      await recordAudit(tx, {
        actorId: null,
        action: 'article.publishScheduled',
        entityType: 'article',
        entityId: id,
        details: { version },
      });
      await enqueueArticleEvent(tx, 'article.published', id, now);
    }
    return published.map((a) => a.slug);
  });
}
