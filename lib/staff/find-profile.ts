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
