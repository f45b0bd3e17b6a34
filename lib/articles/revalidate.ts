import { revalidatePath } from 'next/cache';
import { locales } from '@/lib/i18n/locales';
import { articlePath } from './paths';

/**
 * Reader pages are cached after their first request; after a change that readers can see (publish, edit,
 * unpublish), drop the cached copies so the next reader gets the new version at once.
 */
export function revalidateArticlePages(slug: string): void {
  for (const locale of locales) {
    revalidatePath(articlePath(locale, slug));
    revalidatePath(`/${locale}`);
  }
}
