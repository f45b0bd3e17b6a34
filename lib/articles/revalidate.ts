import { locales } from '@/lib/i18n/locales';
import { revalidateReaderPages } from '@/lib/site/revalidate';
import { frontPagePath } from '@/lib/seo/urls';
import { articlePath } from './paths';

/** After a change readers can see (publish, edit, unpublish, a new comment count): the articles' pages and the front pages. */
export async function revalidateArticlePages(slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  await revalidateReaderPages(locales.flatMap((locale) => [frontPagePath(locale), ...slugs.map((slug) => articlePath(locale, slug))]));
}
