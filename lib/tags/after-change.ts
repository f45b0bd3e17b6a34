import { revalidatePath } from 'next/cache';
import { revalidateArticlePages } from '@/lib/articles/revalidate';
import type { TagChange } from './editing';
import { adminTagsPath } from './paths';

/** After a tag was added: the tags page lists it. Audited in its transaction. */
export function tagAdded(): void {
  revalidatePath(adminTagsPath);
}

/** After a tag was renamed or merged: the tags page, and the pages of the articles that show its name. */
export async function tagsChanged(change: TagChange): Promise<void> {
  revalidatePath(adminTagsPath);
  await revalidateArticlePages(change.readerSlugs);
}
