import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { staffProfileSchema } from '@/lib/staff/schemas';
import { updateStaffProfile } from '@/lib/staff/update-profile';
import { ownTestDatabase } from '../support/own-database';
import { asAction, fieldFailure } from '../support/staff-change';

const own = ownTestDatabase('staff-profile-by-admin');
let db: Database;
let adminId: string;
let reporterId: string;

beforeAll(async () => {
  db = own.db;
  const staff = (role: 'ADMIN' | 'REPORTER', slug: string) =>
    db.staff.create({ data: { email: `${slug}@example.com`, slug, nameKo: slug, nameEn: slug, role, passwordHash: 'unused' } });
  adminId = (await staff('ADMIN', 'admin')).id;
  reporterId = (await staff('REPORTER', 'reporter')).id;
});

describe("an admin edits another staff member's reporter page", () => {
  it('changes their names and bios, audited as an edit of their page by the admin', async () => {
    const input = {
      staffId: reporterId,
      nameKo: '박기자',
      nameEn: 'Park Gi-ja',
      bioKo: '사회부 기자',
      bioEn: 'Society reporter',
      deskId: '',
      contactEmail: '',
    };
    expect(await asAction(staffProfileSchema, input, (checked) => updateStaffProfile(db, { id: adminId }, checked))).toMatchObject({
      ok: true,
    });
    expect(await db.staff.findUniqueOrThrow({ where: { id: reporterId }, select: { nameKo: true, bioEn: true } })).toEqual({
      nameKo: '박기자',
      bioEn: 'Society reporter',
    });
    const audit = await db.auditLog.findMany({ where: { entityId: reporterId } });
    expect(audit.map(({ action, actorId, details }) => ({ action, actorId, details }))).toEqual([
      { action: 'staff.editProfile', actorId: adminId, details: { fields: ['nameKo', 'nameEn', 'bioKo', 'bioEn'] } },
    ]);
  });

  it('refuses an account that does not exist with a sentence', async () => {
    const input = {
      staffId: '00000000-0000-7000-8000-000000000000',
      nameKo: '누구',
      nameEn: 'Nobody',
      bioKo: '',
      bioEn: '',
      deskId: '',
      contactEmail: '',
    };
    expect(await asAction(staffProfileSchema, input, (checked) => updateStaffProfile(db, { id: adminId }, checked))).toEqual(
      fieldFailure({ staffId: 'staffNotFound' }),
    );
  });
});
