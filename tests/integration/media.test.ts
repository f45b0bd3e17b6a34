import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { findEditablePhoto, findLibraryPhotos, listPhotos } from '@/lib/media/library';
import { addPhoto, updatePhotoTexts } from '@/lib/media/photo-records';
import { storePhoto } from '@/lib/media/photos';
import { photoTextsSchema, uploadTextsSchema } from '@/lib/media/schema';
import { photoTextsFromForm } from '@/lib/media/text-fields';
import { acceptUpload, UploadError } from '@/lib/media/upload';
import { maxUploadPixels, uploadErrorMessage } from '@/lib/media/upload-limits';
import { variantFormats, variantKey } from '@/lib/media/urls';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('media');
let db: Database;
let reporterId: string;

/** A different photo for every colour, so each upload gets its own content-addressed key. */
const photoBytes = (colour: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: colour } })
    .png()
    .toBuffer();

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** What the media folder holds under a key, as libvips reads it. */
async function storedImage(key: string) {
  return sharp(await readFile(path.join(process.env.MEDIA_DIR!, key))).metadata();
}

async function refusalCode(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UploadError)) throw new Error(`Expected an UploadError, got ${String(error)}`);
  return error.code;
}

beforeAll(async () => {
  db = own.db;
  const reporter = await db.staff.create({
    data: {
      slug: 'media-test-reporter',
      email: 'media-test@dateline.example',
      nameKo: '사진',
      nameEn: 'Photo',
      role: 'REPORTER',
      passwordHash: 'unused',
    },
  });
  reporterId = reporter.id;
});

describe('the photo library', () => {
  it('stores an upload with its texts and an audit entry', async () => {
    const texts = uploadTextsSchema.parse(
      photoTextsFromForm(form({ 'ko.alt': ' 화상회의 중인 공무원들 ', 'ko.caption': '남양주시 화상회의', 'ko.credit': '남양주시' })),
    );
    const stored = await acceptUpload(await photoBytes('#204060'));
    const { id, created } = await addPhoto(db, { stored, texts, uploadedById: reporterId });

    expect(created).toBe(true);
    expect(stored.variantWidths).toEqual([480, 800, 900]);
    const photo = await findEditablePhoto(db, 'en', id);
    expect(photo).toMatchObject({ width: 900, height: 600, mimeType: 'image/png', alt: '화상회의 중인 공무원들' });
    expect(photo?.texts).toEqual({
      ko: { alt: '화상회의 중인 공무원들', caption: '남양주시 화상회의', credit: '남양주시', copyright: null },
    });
    expect(photo?.thumbnail).toMatch(/^\/media\/photos\/[0-9a-f]{20}-480\.webp$/);
    const audit = await db.auditLog.findMany({ where: { entityType: 'photo', entityId: id } });
    expect(audit).toMatchObject([{ action: 'photo.upload', actorId: reporterId }]);
  });

  it('gives back the photo already stored when the same file is uploaded again', async () => {
    const bytes = await photoBytes('#406020');
    const first = await addPhoto(db, { stored: await acceptUpload(bytes), uploadedById: reporterId });
    const again = await addPhoto(db, { stored: await acceptUpload(bytes), uploadedById: reporterId });
    expect(again).toEqual({ id: first.id, created: false });
  });

  it('replaces the texts in both languages, removes a language left empty, and records who did it', async () => {
    const { id } = await addPhoto(db, { stored: await acceptUpload(await photoBytes('#602040')), uploadedById: reporterId });
    const both = photoTextsSchema.parse(
      photoTextsFromForm(
        form({ 'ko.alt': '도서관', 'ko.caption': '', 'en.alt': 'A library', 'en.caption': 'The library', 'en.copyright': '© Dateline' }),
      ),
    );
    await updatePhotoTexts(db, { photoId: id, texts: both, actor: { id: reporterId, role: 'REPORTER' } });
    expect((await findEditablePhoto(db, 'en', id))?.texts).toEqual({
      ko: { alt: '도서관', caption: '', credit: null, copyright: null },
      en: { alt: 'A library', caption: 'The library', credit: null, copyright: 'Dateline' },
    });

    const koreanOnly = photoTextsSchema.parse(photoTextsFromForm(form({ 'ko.alt': '시립 도서관', 'en.alt': ' ', 'en.caption': '' })));
    await updatePhotoTexts(db, { photoId: id, texts: koreanOnly, actor: { id: reporterId, role: 'REPORTER' } });
    expect(Object.keys((await findEditablePhoto(db, 'ko', id))?.texts ?? {})).toEqual(['ko']);
    const edits = await db.auditLog.findMany({
      where: { entityId: id, action: 'photo.editTexts', actorId: reporterId },
      orderBy: { id: 'asc' },
    });
    expect(edits.map((entry) => entry.details)).toMatchObject([
      {
        before: [],
        after: [
          { locale: 'ko', alt: '도서관' },
          { locale: 'en', alt: 'A library' },
        ],
      },
      {
        before: expect.arrayContaining([
          expect.objectContaining({ locale: 'ko', alt: '도서관' }),
          expect.objectContaining({ locale: 'en', alt: 'A library' }),
        ]),
        after: [{ locale: 'ko', alt: '시립 도서관' }],
      },
    ]);
  });

  it('refuses texts without Korean alt text, and edits of a photo that does not exist', async () => {
    const result = photoTextsSchema.safeParse(photoTextsFromForm(form({ 'ko.caption': '설명만', 'en.alt': 'x'.repeat(301) })));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['ko.alt', 'required'],
      ['en.alt', 'tooLong'],
    ]);
    await expect(
      updatePhotoTexts(db, {
        photoId: '00000000-0000-7000-8000-000000000000',
        texts: { ko: { alt: 'a', caption: '', credit: null, copyright: null } },
        actor: { id: reporterId, role: 'REPORTER' },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await findEditablePhoto(db, 'ko', 'not-a-uuid')).toBeNull();
  });

  it('pages newest first without repeating or skipping, and finds photos by id in the order asked', async () => {
    const all = await db.photo.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listPhotos(db, 'ko', { after, limit: 2 });
      seen.push(...page.items.map((item) => item.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(all.map((photo) => photo.id));

    const [first, second] = seen;
    const found = await findLibraryPhotos(db, 'ko', [second!, '00000000-0000-7000-8000-000000000000', first!]);
    expect(found.map((photo) => photo.id)).toEqual([second, first]);
  });
});

describe('large photos', () => {
  it('stores a 4,000 × 3,000 upload scaled to 2,560 × 1,920, with every copy made from the scaled photo', async () => {
    const camera = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#305070' } })
      .jpeg()
      .toBuffer();
    const stored = await acceptUpload(camera);

    expect(stored).toMatchObject({ mimeType: 'image/jpeg', width: 2560, height: 1920, variantWidths: [480, 800, 1200, 1600, 2560] });
    expect(await storedImage(stored.storageKey)).toMatchObject({ format: 'jpeg', width: 2560, height: 1920 });
    for (const width of stored.variantWidths) {
      for (const format of variantFormats) {
        expect(await storedImage(variantKey(stored.storageKey, width, format)), `${width} ${format}`).toMatchObject({
          width,
          height: (width * 3) / 4,
        });
      }
    }
    const { id } = await addPhoto(db, { stored, uploadedById: reporterId });
    expect(await findEditablePhoto(db, 'ko', id)).toMatchObject({ width: 2560, height: 1920, byteSize: stored.byteSize });
  });

  it('turns a camera’s sideways photo upright before scaling it, so its long side is the height', async () => {
    const sideways = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#507030' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const stored = await acceptUpload(sideways);
    expect(stored).toMatchObject({ width: 1920, height: 2560, variantWidths: [480, 800, 1200, 1600, 1920] });
    const original = await storedImage(stored.storageKey);
    expect(original).toMatchObject({ width: 1920, height: 2560 });
    expect(original.orientation).toBeUndefined();
  });

  it('refuses a photo over the pixel limit before decoding it, stores nothing, and says so in both languages', async () => {
    const width = 10_000;
    const oversized = await sharp({
      create: { width, height: Math.floor(maxUploadPixels / width) + 1, channels: 3, background: '#808080' },
    })
      .png()
      .toBuffer();
    const filesBefore = await readdir(process.env.MEDIA_DIR!, { recursive: true });

    expect(await refusalCode(acceptUpload(oversized))).toBe('tooManyPixels');
    expect(await refusalCode(storePhoto(oversized))).toBe('tooManyPixels');
    expect(await readdir(process.env.MEDIA_DIR!, { recursive: true })).toEqual(filesBefore);
    expect(uploadErrorMessage('tooManyPixels', getAdminMessages('ko').media)).toBe(
      '사진 크기가 너무 큽니다. 50메가픽셀까지 올릴 수 있습니다.',
    );
    expect(uploadErrorMessage('tooManyPixels', getAdminMessages('en').media)).toBe(
      'The photo has too many pixels: up to 50 megapixels can be uploaded.',
    );
  });
});
