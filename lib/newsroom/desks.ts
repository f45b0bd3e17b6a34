import '#server-only';
import type { Database } from '@/lib/db/client';

export function findDesk(db: Database, slug: string) {
  return db.desk.findUnique({ where: { slug }, select: { id: true, slug: true, nameKo: true, nameEn: true } });
}

export function listDesks(db: Database) {
  return db.desk.findMany({ orderBy: { nameKo: 'asc' }, select: { id: true, nameKo: true, nameEn: true } });
}
