import { revalidateArticlePages } from '@/lib/articles/revalidate';

/** After a photo's texts changed: the reader pages of every article showing it carry the old caption. */
export async function photoChanged(change: { articleSlugs: readonly string[] }): Promise<void> {
  await revalidateArticlePages(change.articleSlugs);
}
