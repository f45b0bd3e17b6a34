import '#server-only';
import type { Database } from '@/lib/db/client';

const sectionSelect = { id: true, slug: true, nameKo: true, nameEn: true } as const;

/** In the order editors gave them, for the site navigation. */
export function listSections(db: Database) {
  return db.section.findMany({ orderBy: [{ position: 'asc' }, { slug: 'asc' }], select: sectionSelect });
}

export function findSection(db: Database, slug: string) {
  return db.section.findUnique({ where: { slug }, select: sectionSelect });
}
