import '#server-only';
import type { Database } from '@/lib/db/client';

/** What the profile form starts from. */
export function findProfile(db: Database, staffId: string) {
  return db.staff.findUniqueOrThrow({
    where: { id: staffId },
    select: { nameKo: true, nameEn: true, bioKo: true, bioEn: true, deskId: true, contactEmail: true, photoId: true },
  });
}

export type StaffProfile = Awaited<ReturnType<typeof findProfile>>;

/** Another staff member's page for an admin to edit, with their names for the heading; null for no such account. */
export async function findStaffProfile(db: Database, staffId: string) {
  const staff = await db.staff.findUnique({ where: { id: staffId }, select: { id: true } });
  return staff ? findProfile(db, staffId) : null;
}
