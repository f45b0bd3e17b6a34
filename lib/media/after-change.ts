import { revalidateArticlePages } from '@/lib/articles/revalidate';

/**
 * After a photo's texts or focus changed: the reader pages of every article showing it, and the front pages, carry
 * the old caption or address the copies cropped around the old focus.
 */
export async function photoChanged(change: { articleSlugs: readonly string[] }): Promise<void> {
  await revalidateArticlePages(change.articleSlugs);
}
