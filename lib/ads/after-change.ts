import { revalidatePath } from 'next/cache';
import { revalidateAllReaderPages } from '@/lib/site/revalidate';

export const adsAdminPath = '/admin/ads';

/**
 * After an ad was saved: ads show on the front page and under every article, so every cached reader page is
 * superseded on every app server (its start and end later are lib/site/scheduled-changes.ts's), and the newsroom's
 * list is made anew.
 */
export async function adsChanged(): Promise<void> {
  await revalidateAllReaderPages();
  revalidatePath(adsAdminPath);
}
