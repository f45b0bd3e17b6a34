import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { findPublicReporter } from '@/lib/newsroom/reporters';
import { profileSchema } from '@/lib/staff/schemas';
import { updateOwnProfile } from '@/lib/staff/update-profile';
import { ownTestDatabase } from '../support/own-database';
import { asAction, fieldFailure } from '../support/staff-change';

const own = ownTestDatabase('profile');
let db: Database;
let reporter: { id: string };
let desk: { id: string };
let photo: { id: string };

const profileSelect = { nameKo: true, nameEn: true, bioKo: true, bioEn: true, deskId: true, photoId: true } as const;

async function profileAudit() {
  const entries = await db.auditLog.findMany({ where: { entityType: 'staff', entityId: reporter.id }, orderBy: { id: 'asc' } });
  return entries.map(({ action, actorId, details }) => ({ action, actorId, details }));
}

beforeAll(async () => {
  db = own.db;
  desk = await db.desk.create({ data: { slug: 'profile-desk', nameKo: '사회부', nameEn: 'Society' }, select: { id: true } });
  reporter = await db.staff.create({
    data: {
      email: 'profile@example.com',
      slug: 'profile-reporter',
      nameKo: '박기자',
      nameEn: 'Park Gi-ja',
      role: 'REPORTER',
      passwordHash: 'unused',
    },
    select: { id: true },
  });
  // Only staff with a published article have a public page.
  await db.article.create({
    data: {
      slug: 'profile-article',
      status: 'PUBLISHED',
      publishedAt: new Date('2026-01-05T01:00:00Z'),
      authors: { create: { staffId: reporter.id, position: 0 } },
    },
  });
  photo = await db.photo.create({
    data: { storageKey: 'photos/portrait.jpg', mimeType: 'image/jpeg', width: 600, height: 800, byteSize: 1000, variantWidths: [320, 640] },
    select: { id: true },
  });
});

describe('updateOwnProfile', () => {
  it('saves names, bios, desk and portrait, and records which fields changed', async () => {
    const input = {
      nameKo: ' 박새롬 ',
      nameEn: 'Park Sae-rom',
      bioKo: '',
      bioEn: '  Covers city hall.  ',
      deskId: desk.id,
      contactEmail: '',
      photoId: photo.id,
    };
    expect(await asAction(profileSchema, input, (input) => updateOwnProfile(db, reporter, input))).toMatchObject({ ok: true });

    expect(await db.staff.findUniqueOrThrow({ where: { id: reporter.id }, select: profileSelect })).toEqual({
      nameKo: '박새롬',
      nameEn: 'Park Sae-rom',
      bioKo: null,
      bioEn: 'Covers city hall.',
      deskId: desk.id,
      photoId: photo.id,
    });
    expect(await profileAudit()).toEqual([
      { action: 'staff.updateProfile', actorId: reporter.id, details: { fields: ['nameKo', 'nameEn', 'bioEn', 'deskId', 'photoId'] } },
    ]);
  });

  it('shows the portrait on the public reporter page, named after the reporter', async () => {
    const profile = await findPublicReporter(db, 'profile-reporter', 'en');
    expect(profile?.portrait).toEqual({
      src: '/media/photos/portrait.jpg',
      sources: [
        { type: 'image/avif', srcSet: '/media/photos/portrait-320.avif 320w, /media/photos/portrait-640.avif 640w' },
        { type: 'image/webp', srcSet: '/media/photos/portrait-320.webp 320w, /media/photos/portrait-640.webp 640w' },
      ],
      width: 600,
      height: 800,
      alt: 'Park Sae-rom',
    });
  });

  it('leaves the portrait alone when the form has no portrait field, and writes no audit entry when nothing changed', async () => {
    const input = { nameKo: '박새롬', nameEn: 'Park Sae-rom', bioKo: '', bioEn: 'Covers city hall.', deskId: desk.id, contactEmail: '' };
    expect(await asAction(profileSchema, input, (input) => updateOwnProfile(db, reporter, input))).toMatchObject({ ok: true });
    expect((await db.staff.findUniqueOrThrow({ where: { id: reporter.id } })).photoId).toBe(photo.id);
    expect(await profileAudit()).toHaveLength(1);
  });

  it('rejects invalid input field by field and changes nothing', async () => {
    const before = await db.staff.findUniqueOrThrow({ where: { id: reporter.id }, select: profileSelect });
    const result = await asAction(
      profileSchema,
      {
        nameKo: ' ',
        nameEn: 'x'.repeat(101),
        bioKo: '가'.repeat(1001),
        bioEn: 'Fine.',
        deskId: 'not-a-desk',
        contactEmail: '',
        photoId: 'nope',
      },
      (input) => updateOwnProfile(db, reporter, input),
    );
    expect(result).toEqual(
      fieldFailure({ nameKo: 'required', nameEn: 'tooLong', bioKo: 'tooLong', deskId: 'deskInvalid', photoId: 'photoInvalid' }),
    );
    expect(await db.staff.findUniqueOrThrow({ where: { id: reporter.id }, select: profileSelect })).toEqual(before);
    expect(await profileAudit()).toHaveLength(1);
  });

  it('rejects a desk or portrait that does not exist', async () => {
    const missing = '0196f6a0-0000-7000-8000-000000000000';
    const result = await asAction(
      profileSchema,
      { nameKo: '박새롬', nameEn: 'Park Sae-rom', bioKo: '', bioEn: '', deskId: missing, contactEmail: '', photoId: missing },
      (input) => updateOwnProfile(db, reporter, input),
    );
    expect(result).toEqual(fieldFailure({ deskId: 'deskInvalid', photoId: 'photoInvalid' }));
    expect((await db.staff.findUniqueOrThrow({ where: { id: reporter.id } })).bioEn).toBe('Covers city hall.');
  });
});
