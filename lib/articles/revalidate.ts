import { processPageCache } from '@/lib/cache/process-cache';
import { commentListTag } from '@/lib/comments/reader/list-comments';
import { locales } from '@/lib/i18n/locales';
import { revalidateReaderPages } from '@/lib/site/revalidate';
import { frontPagePath } from '@/lib/seo/urls';
import { articlePath } from './paths';

/**
 * After a change readers can see (publish, edit, unpublish): the articles' pages, the front pages, and the articles'
 * comment lists (an unpublished article has none).
 */
export async function revalidateArticlePages(slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  await Promise.all([
    revalidateReaderPages(locales.flatMap((locale) => [frontPagePath(locale), ...slugs.map((slug) => articlePath(locale, slug))])),
    processPageCache().revalidateTags(slugs.map(commentListTag)),
  ]);
}
