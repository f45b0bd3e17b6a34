import { revalidatePath } from 'next/cache';
import { frontPagePath } from '@/lib/seo/urls';
import { revalidateReaderPages } from '@/lib/site/revalidate';
import type { Locale } from '@/lib/i18n/locales';

export const frontEditorPath = '/admin/front';

/** After a language's front page was arranged (audited in its transaction): readers get it at once, the editor reloads it. */
export async function frontChanged({ locale }: { locale: Locale }): Promise<void> {
  revalidatePath(frontEditorPath);
  await revalidateReaderPages([frontPagePath(locale)]);
}
