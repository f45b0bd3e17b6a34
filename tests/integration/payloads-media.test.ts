import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as uploadRoute } from '@/app/api/admin/photos/route';
import { GET as mediaRoute } from '@/app/media/[...key]/route';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { maxUploadPixels, uploadErrorMessage } from '@/lib/media/upload-limits';
import { ownTestDatabase } from '../support/own-database';
import { composedKorean, decomposedKorean, hiddenCharacters, markup, pathTraversal, svgWithScript } from '../support/payloads';

const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({ getStaffSession: async () => route.staff }));

const own = ownTestDatabase('payloads_media');
let db: Database;
const t = getAdminMessages('en');
const site = 'http://127.0.0.1:3000';

/** A different photo for every colour, so each upload is new (stored photos are named by their content). */
let colour = 0;
const somePhoto = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: colour++ % 256, g: 90, b: Math.floor(colour / 256) } } })
    .png()
    .toBuffer();

function upload(body: BodyInit, headers: Record<string, string> = {}) {
  return uploadRoute(
    new Request(`${site}/api/admin/photos`, { method: 'POST', headers: { host: '127.0.0.1:3000', origin: site, ...headers }, body }),
  );
}

function photoForm(file: Blob | string, name: string, texts: Record<string, string> = {}): FormData {
  const form = new FormData();
  if (typeof file === 'string') form.append('file', file);
  else form.append('file', file, name);
  for (const [field, text] of Object.entries(texts)) form.append(field, text);
  return form;
}

const media = (key: string[]) => mediaRoute(new Request(`${site}/media/${key.join('/')}`), { params: Promise.resolve({ key }) });

/** Every file in the store, relative to it. */
function storedFiles(): string[] {
  const root = process.env.MEDIA_DIR!;
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  const reporter = await db.staff.create({
    data: {
      slug: 'payload-reporter',
      email: 'payload-reporter@dateline.example',
      nameKo: '기자',
      nameEn: 'Reporter',
      role: 'REPORTER',
      passwordHash: 'unused',
    },
  });
  route.staff = { id: reporter.id, email: reporter.email, role: 'REPORTER', nameKo: '기자', nameEn: 'Reporter', uiLocale: 'en' };
});

describe('the photo upload under hostile input', () => {
  it('refuses an SVG, with or without a script and whatever it is named, as a type it does not take', async () => {
    for (const [name, type] of [
      ['drawing.svg', 'image/svg+xml'],
      ['photo.png', 'image/png'],
      ['photo.jpg', 'image/jpeg'],
    ]) {
      const response = await upload(photoForm(new Blob([svgWithScript], { type }), name!));
      expect(response.status, name).toBe(415);
      expect((await response.json()).error, name).toBe(t.media.uploadErrors.unsupportedType);
    }
    const page = await upload(photoForm(new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }), 'photo.png'));
    expect(page.status).toBe(415);
    expect(await db.photo.count()).toBe(0);
  });

  it('ignores the file’s name: a path in it never decides where the photo is stored', async () => {
    for (const name of [
      ...pathTraversal.map((traversal) => `${traversal}.png`),
      `photo${hiddenCharacters.rightToLeftOverride}.png`,
      'a'.repeat(1_000),
    ]) {
      const response = await upload(photoForm(new Blob([new Uint8Array(await somePhoto())], { type: 'image/png' }), name));
      expect(response.status, name).toBe(201);
      expect((await response.json()).src, name).toMatch(/^\/media\/[a-z0-9/_-]+\.png$/);
    }
    expect(storedFiles().every((file) => /^[a-z0-9][a-z0-9/_-]*\.(?:png|webp|avif)$/.test(file))).toBe(true);
    expect(existsSync(path.join(process.env.MEDIA_DIR!, '..', 'etc'))).toBe(false);
  });

  it('refuses a body larger than any photo with 413 and the limit, before reading it all', async () => {
    const huge = new Uint8Array(21 * 1024 * 1024);
    const response = await upload(photoForm(new Blob([huge], { type: 'image/jpeg' }), 'huge.jpg'));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe(uploadErrorMessage('tooLarge', t.media));
  });

  it('refuses a photo over the pixel limit with 400 and the limit in the staff member’s language, Korean or English', async () => {
    const width = 10_000;
    const oversized = await sharp({
      create: { width, height: Math.floor(maxUploadPixels / width) + 1, channels: 3, background: '#808080' },
    })
      .png()
      .toBuffer();
    const english = route.staff!;
    try {
      for (const uiLocale of ['ko', 'en'] as const) {
        route.staff = { ...english, uiLocale };
        const response = await upload(photoForm(new Blob([new Uint8Array(oversized)], { type: 'image/png' }), 'panorama.png'));
        expect(response.status, uiLocale).toBe(400);
        expect((await response.json()).error, uiLocale).toBe(uploadErrorMessage('tooManyPixels', getAdminMessages(uiLocale).media));
      }
    } finally {
      route.staff = english;
    }
  });

  it('refuses what is not a photo upload at all with 400 and says a file is missing', async () => {
    const bodies: [BodyInit, Record<string, string>][] = [
      ['{"file":"photo.png"}', { 'content-type': 'application/json' }],
      ['--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n', { 'content-type': 'multipart/form-data' }],
      ['garbage', { 'content-type': 'multipart/form-data; boundary=x' }],
      [photoForm('not a file', 'x'), {}],
      [photoForm(new Blob([]), 'empty.png'), {}],
    ];
    for (const [body, headers] of bodies) {
      const response = await upload(body, headers);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe(t.media.uploadErrors.noFile);
    }
  });

  it('keeps markup in the photo’s texts as text, stores decomposed Korean composed, and refuses unstorable characters', async () => {
    const marked = await upload(
      photoForm(new Blob([new Uint8Array(await somePhoto())]), 'a.png', { 'ko.alt': markup[1]!, 'ko.caption': decomposedKorean }),
    );
    expect(marked.status).toBe(201);
    const stored = await db.photoText.findFirstOrThrow({ where: { photoId: (await marked.json()).id, locale: 'ko' } });
    expect(stored).toMatchObject({ alt: markup[1], caption: composedKorean });

    // (A lone surrogate cannot travel in a multipart form: the sender's UTF-8 encoding has already replaced it.)
    const response = await upload(photoForm(new Blob([new Uint8Array(await somePhoto())]), 'a.png', { 'ko.alt': hiddenCharacters.nul }));
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors).toEqual({ 'ko.alt': [t.fieldErrors.invalidCharacters] });
  });
});

describe('stored photos under hostile addresses', () => {
  it('answers 404 to any key that climbs out of the store or is not a photo’s', async () => {
    for (const traversal of [...pathTraversal, '%2e%2e/%2e%2e/etc/passwd', '.env', 'photos/../../../package.json']) {
      const response = await media(traversal.split('/'));
      expect(response.status, traversal).toBe(404);
    }
    const [stored] = storedFiles();
    expect((await media(stored!.split('/'))).status).toBe(200);
  });
});
