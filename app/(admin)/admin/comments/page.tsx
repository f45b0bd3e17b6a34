import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleModeForm } from '@/components/admin/comments/ArticleModeForm';
import { ModerationQueue } from '@/components/admin/comments/ModerationQueue';
import { QueueFilters } from '@/components/admin/comments/QueueFilters';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { recordQueueVisit } from '@/lib/comments/moderation/moderator-dashboard';
import { findQueueArticle, listModerationQueue, queueFilterSchema, queueSummary } from '@/lib/comments/moderation/queue';
import { commentSettingsPath, queueHref } from '@/lib/comments/moderation/queue-href';
import { effectiveCommentMode, getCommentSettings } from '@/lib/comments/reader/comment-rules';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { saveArticleCommentMode } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).comments.title };
}

export default async function CommentQueuePage({ searchParams }: Props) {
  const staff = await requireStaff('comment.moderate');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).comments;
  const filter = queueFilterSchema.parse(await searchParams);
  const db = getDatabase();
  const [page, summary, article, settings] = await Promise.all([
    listModerationQueue(db, filter, locale),
    queueSummary(db),
    findQueueArticle(db, filter.article, locale),
    getCommentSettings(db),
    recordQueueVisit(db, staff.id),
  ]);
  const { after, ...params } = filter;

  return (
    <>
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <Link href={commentSettingsPath} className="font-semibold text-accent hover:underline">
          {t.settingsLink}
        </Link>
      </div>
      <ModerationQueue rows={page.rows} params={filter} summary={summary} locale={locale}>
        <QueueFilters params={filter} t={t} />
        {article && (
          <ArticleModeForm
            locale={locale}
            article={article}
            siteMode={settings.mode}
            effectiveMode={effectiveCommentMode(settings.mode, article.mode)}
            save={saveArticleCommentMode}
          />
        )}
      </ModerationQueue>
      {(page.nextCursor || after) && (
        <nav aria-label={t.pagesLabel} className="flex gap-4 py-6 text-sm font-semibold">
          {after && (
            <Link href={queueHref(params)} className="underline">
              {t.newest}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={queueHref(params, { after: page.nextCursor })} rel="next" className="ml-auto underline">
              {t.older}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
