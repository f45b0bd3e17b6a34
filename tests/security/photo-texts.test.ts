import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { savePhotoTexts } from '@/app/(admin)/admin/media/actions';
import PhotoTextsPage from '@/app/(admin)/admin/media/[id]/page';
import { PhotoTextsForm } from '@/components/media/PhotoTextsForm';
import { can, type Permission } from '@/lib/auth/permissions';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';
import { elementsOfType } from '../support/react-tree';

/**
 * Issue 12, item 5: a photo's caption, credit and copyright show on every article using it, and a save refreshes
 * those pages at once. Reporters change only photos they uploaded that no public (or scheduled) article uses.
 */
const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null, revalidated: [] as string[][] }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({
  getStaffSession: async () => route.staff,
  requireStaff: async (permission?: Permission) => {
    if (!route.staff || (permission && !can(route.staff.role, permission)))
      throw Object.assign(new Error('forbidden'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    return route.staff;
  },
}));
vi.mock('@/lib/articles/revalidate', () => ({
  revalidateArticlePages: async (slugs: string[]) => {
    route.revalidated.push(slugs);
  },
}));

const own = ownTestDatabase('security_photo_texts');
let db: Database;
const seedSlug = 'namyangju-changzhou-video-conference';
let seedPhotoId: string;
const staffIds: Record<'reporter' | 'otherReporter' | 'editor', string> = { reporter: '', otherReporter: '', editor: '' };

async function signInAs(who: keyof typeof staffIds, uiLocale: 'ko' | 'en' = 'en') {
  const staff = await db.staff.findUniqueOrThrow({ where: { id: staffIds[who] } });
  route.staff = { id: staff.id, email: staff.email, role: staff.role, nameKo: staff.nameKo, nameEn: staff.nameEn, uiLocale };
}

const texts = (caption: string) => ({
  ko: { alt: '화상 회의 모습', caption, credit: '남양주시청', copyright: '브레이크뉴스' },
  en: { alt: '', caption: '', credit: '', copyright: '' },
});

const storedTexts = (photoId: string) => db.photoText.findMany({ where: { photoId }, orderBy: { locale: 'asc' } });

let photoCount = 0;
/** A photo uploaded by `who`, used by one article in `status` (or by none). */
async function photoOf(who: keyof typeof staffIds, status?: ArticleStatus): Promise<string> {
  photoCount += 1;
  const photo = await db.photo.create({
    data: {
      storageKey: `photos/security-${photoCount}.jpg`,
      mimeType: 'image/jpeg',
      width: 800,
      height: 600,
      byteSize: 1000,
      uploadedById: staffIds[who],
      texts: { create: { locale: 'ko', alt: '처음 설명', caption: '처음 캡션' } },
    },
  });
  if (status) {
    await db.article.create({
      data: {
        slug: `security-photo-article-${photoCount}`,
        status,
        publishedAt: status === 'PUBLISHED' ? new Date('2026-01-01T00:00:00Z') : null,
        authors: { create: { staffId: staffIds[who], position: 0 } },
        photos: { create: { photoId: photo.id, position: 0 } },
      },
    });
  }
  return photo.id;
}

/** What the photo's edit page hands its form. */
async function formProps(photoId: string) {
  const [form] = elementsOfType(await PhotoTextsPage({ params: Promise.resolve({ id: photoId }) }), PhotoTextsForm);
  if (!form) throw new Error('the page has no photo texts form');
  return form.props;
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
  staffIds.reporter = (await db.staff.findUniqueOrThrow({ where: { slug: 'ha-in-gyu' } })).id;
  staffIds.editor = (await db.staff.findUniqueOrThrow({ where: { slug: 'park-seo-yeon' } })).id;
  staffIds.otherReporter = (
    await db.staff.create({
      data: {
        slug: 'other-photographer',
        email: 'other@dateline.example',
        nameKo: '다른',
        nameEn: 'Other',
        role: 'REPORTER',
        passwordHash: 'unused',
      },
    })
  ).id;
  const seedArticle = await db.article.findUniqueOrThrow({ where: { slug: seedSlug }, include: { photos: { include: { photo: true } } } });
  seedPhotoId = seedArticle.photos[0]!.photoId;
  expect(seedArticle.photos[0]!.photo.uploadedById).toBe(staffIds.reporter);
});

beforeEach(() => {
  route.revalidated = [];
});

describe('texts of a photo on a published article', () => {
  it('are refused to the reporter who uploaded it, with the reason in their language, and nothing is written or refreshed', async () => {
    const before = await storedTexts(seedPhotoId);
    for (const uiLocale of ['ko', 'en'] as const) {
      await signInAs('reporter', uiLocale);
      expect(await savePhotoTexts({ photoId: seedPhotoId, ...texts('기자가 바꾼 설명') })).toEqual({
        ok: false,
        fieldErrors: {},
        error: getAdminMessages(uiLocale).actionErrors.photoTextsEditorsOnly,
      });
    }
    expect(await storedTexts(seedPhotoId)).toEqual(before);
    expect(route.revalidated).toEqual([]);
    expect(await db.auditLog.count({ where: { action: 'photo.editTexts', entityId: seedPhotoId } })).toBe(0);
  });

  it('are shown to the reporter read-only on the edit page', async () => {
    await signInAs('reporter');
    expect((await formProps(seedPhotoId)).readOnly).toBe(true);
  });

  it('are changed by an editor, and the article page refreshed at once', async () => {
    await signInAs('editor');
    expect((await formProps(seedPhotoId)).readOnly).toBe(false);
    expect(await savePhotoTexts({ photoId: seedPhotoId, ...texts('편집자가 고친 설명') })).toMatchObject({ ok: true });
    expect((await storedTexts(seedPhotoId))[0]).toMatchObject({ locale: 'ko', caption: '편집자가 고친 설명' });
    expect(route.revalidated).toEqual([[seedSlug]]);
  });
});

describe('texts of other photos', () => {
  it('are the uploading reporter’s while every article using the photo is a draft or in review', async () => {
    await signInAs('reporter');
    for (const status of [undefined, 'DRAFT', 'IN_REVIEW'] as const) {
      const photoId = await photoOf('reporter', status);
      expect((await formProps(photoId)).readOnly, String(status)).toBe(false);
      expect(await savePhotoTexts({ photoId, ...texts(`기자 설명 ${status}`) }), String(status)).toMatchObject({ ok: true });
      expect((await storedTexts(photoId))[0]).toMatchObject({ caption: `기자 설명 ${status}` });
    }
  });

  it('are only editors’ once an article using it is scheduled, published or archived, or when someone else uploaded it', async () => {
    const cases = [
      ['reporter', 'SCHEDULED'],
      ['reporter', 'PUBLISHED'],
      ['reporter', 'ARCHIVED'],
      ['otherReporter', undefined],
      ['otherReporter', 'DRAFT'],
    ] as const;
    for (const [uploader, status] of cases) {
      const photoId = await photoOf(uploader, status);
      await signInAs('reporter');
      expect((await formProps(photoId)).readOnly, `${uploader} ${status}`).toBe(true);
      expect(await savePhotoTexts({ photoId, ...texts('바꾸면 안 되는 설명') }), `${uploader} ${status}`).toMatchObject({
        ok: false,
        error: getAdminMessages('en').actionErrors.photoTextsEditorsOnly,
      });
      expect((await storedTexts(photoId))[0]).toMatchObject({ caption: '처음 캡션' });
      await signInAs('editor');
      expect(await savePhotoTexts({ photoId, ...texts('편집자 설명') }), `${uploader} ${status}`).toMatchObject({ ok: true });
    }
  });

  it('are refused before the input is even considered to staff who may not upload photos', async () => {
    const moderator = await db.staff.findUniqueOrThrow({ where: { slug: 'lee-do-yun' } });
    route.staff = {
      id: moderator.id,
      email: moderator.email,
      role: moderator.role,
      nameKo: moderator.nameKo,
      nameEn: moderator.nameEn,
      uiLocale: 'en',
    };
    await expect(savePhotoTexts({ photoId: seedPhotoId, ...texts('댓글 관리자') })).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;403',
    });
  });
});
