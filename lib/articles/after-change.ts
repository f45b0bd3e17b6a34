import { revalidateArticlePages } from './revalidate';

/**
 * After any committed change to articles (a save, a workflow step, a correction, a restored revision): readers get
 * the new version of every page it touched. The audit entry is written in the change's own transaction.
 */
export async function articlesChanged(change: { readerSlugs: readonly string[] }): Promise<void> {
  await revalidateArticlePages(change.readerSlugs);
}
