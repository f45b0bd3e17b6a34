import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { ForbiddenActionError } from '@/lib/errors';
import { setPhotoFocus } from '@/lib/media/focus';
import { framedPhotos } from '@/lib/media/framed';
import { findEditablePhoto } from '@/lib/media/library';
import { addPhoto } from '@/lib/media/photo-records';
import { acceptUpload } from '@/lib/media/upload';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('media_focus');
let db: Database;
let reporter: { id: string; role: 'REPORTER' };
let otherReporter: { id: string; role: 'REPORTER' };
let photoId: string;

/** A blue 1,200 × 600 photo with its left 400 px red: a centred square shows almost no red. */
const redOnTheLeft = () =>
  sharp({ create: { width: 1200, height: 600, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: 400, height: 600, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .png()
    .toBuffer();

/** The stored copy a page address names (`/media/…`). */
const storedCopy = (src: string) => readFile(path.join(process.env.MEDIA_DIR!, src.replace(/^\/media\//, '')));

/** Mean red and blue of the copy, 0..255. */
async function colours(src: string) {
  const { channels } = await sharp(await storedCopy(src)).stats();
  return { red: channels[0]!.mean, blue: channels[2]!.mean };
}

async function framedNow() {
  const photo = await db.photo.findUniqueOrThrow({ where: { id: photoId } });
  const focus = photo.focusX === null || photo.focusY === null ? null : { x: photo.focusX, y: photo.focusY };
  return framedPhotos({ ...photo, focus });
}

beforeAll(async () => {
  db = own.db;
  const staff = (slug: string) =>
    db.staff.create({
      data: { slug, email: `${slug}@dateline.example`, nameKo: '사진', nameEn: 'Photo', role: 'REPORTER', passwordHash: 'unused' },
      select: { id: true, role: true },
    });
  reporter = (await staff('focus-reporter')) as typeof reporter;
  otherReporter = (await staff('focus-other')) as typeof otherReporter;
  const stored = await acceptUpload(await redOnTheLeft());
  ({ id: photoId } = await addPhoto(db, { stored, uploadedById: reporter.id }));
});

describe('a photo’s focal point', () => {
  it('is unset after upload: thumbnails show the whole photo, cropped by the browser at the centre', async () => {
    expect((await findEditablePhoto(db, 'ko', photoId))?.focus).toBeNull();
    const framed = await framedNow();
    expect(framed['1x1']).toMatchObject({ width: 1200, height: 600, position: '50% 50%' });
  });

  it('moves the square thumbnail’s crop box to the side it is set on', async () => {
    await setPhotoFocus(db, { photoId, focus: { x: 0.1, y: 0.5 }, actor: reporter });
    expect((await findEditablePhoto(db, 'ko', photoId))?.focus).toEqual({ x: 0.1, y: 0.5 });

    const square = (await framedNow())['1x1'];
    // The box is the photo's left 600 × 600: two thirds red.
    const { red, blue } = await colours(square.src);
    expect(red).toBeGreaterThan(150);
    expect(blue).toBeLessThan(105);
    expect(await sharp(await storedCopy(square.src)).metadata()).toMatchObject({ width: 320, height: 320 });

    await setPhotoFocus(db, { photoId, focus: { x: 0.9, y: 0.5 }, actor: reporter });
    const right = await colours((await framedNow())['1x1'].src);
    expect(right.red).toBeLessThan(5);
    expect(right.blue).toBeGreaterThan(250);
  });

  it('stores every copy the pages address, in each shape and format', async () => {
    const framed = await framedNow();
    const addresses = Object.values(framed).flatMap(({ src, sources }) => [
      src,
      ...sources.flatMap((source) => source.srcSet.split(', ').map((entry) => entry.split(' ')[0]!)),
    ]);
    expect(addresses.every((address) => address.includes('-f900-500-'))).toBe(true);
    for (const address of addresses) expect((await storedCopy(address)).length, address).toBeGreaterThan(0);
    // 16:9 of a 1,200 × 600 photo: 1,067 × 600, copied at 800 px.
    expect(await sharp(await storedCopy(framed['16x9'].src)).metadata()).toMatchObject({ width: 800, height: 450 });
  });

  it('is recorded in the audit log, and refused to a reporter who did not upload the photo', async () => {
    const audit = await db.auditLog.findMany({ where: { entityId: photoId, action: 'photo.setFocus' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.details)).toEqual([
      { before: null, after: { x: 0.1, y: 0.5 } },
      { before: { x: 0.1, y: 0.5 }, after: { x: 0.9, y: 0.5 } },
    ]);
    await expect(setPhotoFocus(db, { photoId, focus: { x: 0.5, y: 0.5 }, actor: otherReporter })).rejects.toBeInstanceOf(
      ForbiddenActionError,
    );
    expect((await findEditablePhoto(db, 'ko', photoId))?.focus).toEqual({ x: 0.9, y: 0.5 });
  });
});
