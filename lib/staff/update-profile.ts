import '#server-only';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import type { profileSchema, staffProfileSchema } from './schemas';

type Profile = z.output<typeof profileSchema>;

async function findMissingReferences(db: Database, { deskId, photoId }: Profile): Promise<Record<string, string[]>> {
  const [desk, photo] = await Promise.all([
    deskId ? db.desk.findUnique({ where: { id: deskId }, select: { id: true } }) : null,
    photoId ? db.photo.findUnique({ where: { id: photoId }, select: { id: true } }) : null,
  ]);
  return {
    ...(deskId && !desk && { deskId: ['deskInvalid'] }),
    ...(photoId && !photo && { photoId: ['photoInvalid'] }),
  };
}

/**
 * Names, bios, desk, portrait and contact address of the public reporter page; the sign-in address and the page's
 * address stay with admins.
 */
export function updateOwnProfile(db: Database, actor: { id: string }, profile: Profile): Promise<void> {
  return updateProfile(db, actor, actor.id, profile);
}

/** The same texts of another staff member's page, by an admin (staff.manage); audited as theirs, not the admin's own. */
export function updateStaffProfile(db: Database, actor: { id: string }, { staffId, ...profile }: z.output<typeof staffProfileSchema>) {
  return updateProfile(db, actor, staffId, profile);
}

async function updateProfile(db: Database, actor: { id: string }, staffId: string, profile: Profile): Promise<void> {
  const missing = await findMissingReferences(db, profile);
  if (Object.keys(missing).length > 0) throw new InvalidInputError(missing);

  await db.$transaction(async (tx) => {
    const previous = await tx.staff.findUnique({
      where: { id: staffId },
      select: { nameKo: true, nameEn: true, bioKo: true, bioEn: true, deskId: true, contactEmail: true, photoId: true },
    });
    if (!previous) throw new InvalidInputError({ staffId: ['staffNotFound'] });
    const changed = (Object.keys(profile) as (keyof Profile)[]).filter(
      (field) => profile[field] !== undefined && profile[field] !== previous[field],
    );
    if (changed.length === 0) return;
    await tx.staff.update({ where: { id: staffId }, data: profile });
    await recordAudit(tx, {
      actorId: actor.id,
      action: staffId === actor.id ? 'staff.updateProfile' : 'staff.editProfile',
      entityType: 'staff',
      entityId: staffId,
      details: { fields: changed },
    });
  });
}
