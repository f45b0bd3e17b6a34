import '#server-only';
import type { Database } from '@/lib/db/client';

/** Everyone, active accounts first, for the staff page. */
export function listStaff(db: Database) {
  return db.staff.findMany({
    orderBy: [{ active: 'desc' }, { nameKo: 'asc' }],
    select: {
      id: true,
      email: true,
      contactEmail: true,
      nameKo: true,
      nameEn: true,
      role: true,
      active: true,
      totpEnabledAt: true,
      desk: { select: { nameKo: true, nameEn: true } },
    },
  });
}

export type StaffListEntry = Awaited<ReturnType<typeof listStaff>>[number];
