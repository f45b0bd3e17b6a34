import { releaseFromFront } from '@/lib/front/save';
import { getDatabase } from '@/lib/runtime/database';
import { revalidateArticlePages } from './revalidate';

/**
 * After any committed change to articles (a save, a workflow step, a correction, a restored revision): readers get
 * the new version of every page it touched, the front pages included; an article that stopped being public leaves
 * every front page slot first. The audit entry is written in the change's own transaction.
 */
export async function articlesChanged(change: { readerSlugs: readonly string[] }): Promise<void> {
  await releaseFromFront(getDatabase(), change.readerSlugs);
  await revalidateArticlePages(change.readerSlugs);
}
