import { revalidatePath } from 'next/cache';
import { revalidateAllReaderPages } from '@/lib/site/revalidate';

export const breakingAdminPath = '/admin/breaking';

/**
 * After a banner was put up or taken down: every reader page shows it (or showed it), so every cached one is
 * superseded, on every app server, and the newsroom's page lists it anew. Audited in its transaction.
 */
export async function breakingChanged(): Promise<void> {
  await revalidateAllReaderPages();
  revalidatePath(breakingAdminPath);
}
