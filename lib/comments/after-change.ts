import '#server-only';
import { revalidatePath } from 'next/cache';
import { articlePath } from '@/lib/articles/paths';
import { processPageCache } from '@/lib/cache/process-cache';
import type { Database } from '@/lib/db/client';
import { locales } from '@/lib/i18n/locales';
import { revalidateReaderPages } from '@/lib/site/revalidate';
import { commentListTag, commentListsTag } from './reader/list-comments';
import { commentSettingsPath, commentsPath } from './moderation/queue-href';

/**
 * After comments changed on these articles (and the change is committed): their cached comment lists, and their
 * pages, which show the count, are rendered anew on every app server. Every write to comments ends here.
 */
export async function commentsChanged(db: Database, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const articles = await db.article.findMany({ where: { id: { in: [...new Set(articleIds)] } }, select: { slug: true } });
  const slugs = articles.map((article) => article.slug);
  await Promise.all([
    processPageCache().revalidateTags(slugs.map(commentListTag)),
    revalidateReaderPages(slugs.flatMap((slug) => locales.map((locale) => articlePath(locale, slug)))),
  ]);
}

/** After a site-wide change to what lists say (the site's comment mode): every cached list. */
export async function allCommentListsChanged(): Promise<void> {
  await processPageCache().revalidateTags([commentListsTag]);
}

/** After a moderator changed the site's or an article's comment settings, words or bans: the pages listing them. */
export function moderationSettingsChanged(): void {
  revalidatePath(commentSettingsPath);
  revalidatePath(commentsPath);
}
