import { revalidatePath } from 'next/cache';

export const glossaryPath = '/admin/glossary';

/** After a glossary term was added, changed or removed: the glossary page lists it. Audited in its transaction. */
export function glossaryChanged(): void {
  revalidatePath(glossaryPath);
}
