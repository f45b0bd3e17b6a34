import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { adClickTarget, listAdSlots, saveAd } from '@/lib/ads/ads';
import { flushAdClicks } from '@/lib/ads/clicks';
import { adInputSchema, type AdInput } from '@/lib/ads/schema';
import { findAds, nextAdChange } from '@/lib/ads/slots';
import type { Database } from '@/lib/db/client';
import { InvalidInputError, NotFoundError } from '@/lib/errors';
import { toKoreaDateTimeInput } from '@/lib/i18n/time';
import { addPhoto } from '@/lib/media/photo-records';
import { acceptUpload, UploadError } from '@/lib/media/upload';
import { mediaUrl } from '@/lib/media/urls';
import { watchScheduledChanges } from '@/lib/site/scheduled-changes';
import { GET as clickRoute } from '@/pages/api/ads/[slot]/click';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => own.db }));

const own = ownTestDatabase('ads');
let db: Database;
let editorId: string;
let photoId: string;
let storageKey: string;

const minutes = (n: number) => n * 60_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
/** A minute boundary ahead: the form takes Korea-time minutes. */
const minuteAhead = (n: number) => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutes(n));

/** The form's fields as the admin page posts them, checked by the one schema. */
const form = (fields: Record<string, string | undefined>) => ({
  slot: 'front-top',
  photoId,
  href: 'https://sponsor.example/autumn',
  altKo: '가을 할인 광고',
  altEn: 'Autumn sale ad',
  startsAt: toKoreaDateTimeInput(minuteAhead(10)),
  endsAt: toKoreaDateTimeInput(minuteAhead(70)),
  enabled: 'on',
  ...fields,
});
const input = (fields: Record<string, string | undefined> = {}): AdInput => adInputSchema.parse(form(fields));
const fieldErrorsOf = (fields: Record<string, string | undefined>) => {
  const parsed = adInputSchema.safeParse(form(fields));
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};
const refusalOf = async (work: Promise<unknown>) => {
  const error = await work.catch((caught: unknown) => caught);
  return error instanceof InvalidInputError ? error.fieldErrors : error;
};

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  editorId = (await db.staff.findUniqueOrThrow({ where: { email: 'editor@dateline.example' } })).id;
  const image = await sharp({ create: { width: 728, height: 90, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer();
  const stored = await acceptUpload(image);
  storageKey = stored.storageKey;
  photoId = (await addPhoto(db, { stored, uploadedById: editorId })).id;
});

describe('an ad’s schedule', () => {
  it('shows it only from its start until its end, with the alt text of the page’s language, and says when it changes', async () => {
    const ad = await saveAd(db, editorId, input());
    const startsAt = ad.startsAt!;
    const endsAt = ad.endsAt!;
    expect(endsAt.getTime() - startsAt.getTime()).toBe(minutes(60));

    expect(await findAds(db, ['front-top'], 'ko', later(startsAt, -1))).toEqual({});
    expect(await nextAdChange(db, later(startsAt, -1000))).toEqual(startsAt);
    const shown = { src: mediaUrl(storageKey), width: 728, height: 90, href: '/api/ads/front-top/click' };
    expect(await findAds(db, ['front-top'], 'ko', startsAt)).toEqual({ 'front-top': { ...shown, alt: '가을 할인 광고' } });
    expect(await findAds(db, ['front-top'], 'en', startsAt)).toEqual({ 'front-top': { ...shown, alt: 'Autumn sale ad' } });
    expect(await nextAdChange(db, startsAt)).toEqual(endsAt);
    expect(await findAds(db, ['front-top'], 'ko', later(endsAt, -1))).toHaveProperty('front-top');
    expect(await findAds(db, ['front-top'], 'ko', endsAt)).toEqual({});
    expect(await nextAdChange(db, endsAt)).toBeNull();

    const [frontTop] = await listAdSlots(db, startsAt);
    expect(frontTop).toMatchObject({ key: 'front-top', state: 'showing', href: 'https://sponsor.example/autumn', clicks: 0 });
    expect((await listAdSlots(db, endsAt))[0]!.state).toBe('ended');
    expect(await db.auditLog.findMany({ where: { entityId: 'front-top' }, select: { action: true, actorId: true } })).toEqual([
      { action: 'ad.save', actorId: editorId },
    ]);
  });

  it('hides an ad switched off, in its period or not, and keeps the image when none is given', async () => {
    const ad = await saveAd(db, editorId, input({ slot: 'sidebar', enabled: undefined }));
    expect(ad.enabled).toBe(false);
    expect(await findAds(db, ['sidebar'], 'ko', ad.startsAt!)).toEqual({});
    expect((await listAdSlots(db, ad.startsAt!)).find((slot) => slot.key === 'sidebar')!.state).toBe('off');

    const on = await saveAd(db, editorId, input({ slot: 'sidebar', photoId: '' }));
    expect(on.imageKey).toBe(storageKey);
    expect(await findAds(db, ['sidebar'], 'en', on.startsAt!)).toHaveProperty('sidebar.alt', 'Autumn sale ad');
  });

  it('leaves the front page by itself at its end: the servers’ look-ahead supersedes the cached pages then', async () => {
    const changes: number[] = [];
    const stop = watchScheduledChanges({
      db,
      nextChanges: [nextAdChange],
      everyMs: 100,
      changed: async () => void changes.push(Date.now()),
    });
    try {
      const startsAt = new Date(Date.now() - minutes(1));
      const ad = await saveAd(db, editorId, { ...input({ slot: 'front-middle' }), startsAt, endsAt: later(new Date(), 700) });
      expect(await findAds(db, ['front-middle'], 'ko')).toHaveProperty('front-middle');
      await expect.poll(() => changes.length, { timeout: 3000, interval: 50 }).toBeGreaterThanOrEqual(1);
      expect(changes.at(-1)).toBeGreaterThanOrEqual(ad.endsAt!.getTime());
      expect(changes.at(-1)).toBeLessThan(ad.endsAt!.getTime() + 300);
      expect(await findAds(db, ['front-middle'], 'ko')).toEqual({});
    } finally {
      stop();
    }
  });

  it('acts at once on an end moved to fall between two looks, which has passed by the second', async () => {
    const changes: number[] = [];
    const stop = watchScheduledChanges({
      db,
      nextChanges: [nextAdChange],
      everyMs: 1000,
      changed: async () => void changes.push(Date.now()),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const startsAt = new Date(Date.now() - minutes(1));
      const ad = await saveAd(db, editorId, { ...input({ slot: 'front-middle' }), startsAt, endsAt: later(new Date(), 200) });
      await expect.poll(() => changes.length, { timeout: 3000, interval: 50 }).toBeGreaterThanOrEqual(1);
      expect(changes.at(-1)).toBeGreaterThanOrEqual(ad.endsAt!.getTime());
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect(changes).toHaveLength(1);
    } finally {
      stop();
    }
  });
});

describe('what the newsroom may not save', () => {
  it('refuses links a browser would run or that lead nowhere, an end before the start, and times that are not times', () => {
    expect(fieldErrorsOf({ href: 'javascript:alert(1)' })).toEqual({ href: 'adLinkInvalid' });
    expect(fieldErrorsOf({ href: 'data:text/html,<script>alert(1)</script>' })).toEqual({ href: 'adLinkInvalid' });
    expect(fieldErrorsOf({ href: '//evil.example/' })).toEqual({ href: 'adLinkInvalid' });
    expect(fieldErrorsOf({ href: '' })).toEqual({ href: 'required' });
    expect(fieldErrorsOf({ altEn: '' })).toEqual({ altEn: 'required' });
    expect(fieldErrorsOf({ slot: 'front-side' })).toHaveProperty('slot');
    expect(fieldErrorsOf({ endsAt: form({}).startsAt })).toEqual({ endsAt: 'adEndBeforeStart' });
    expect(fieldErrorsOf({ startsAt: '2026-02-30T09:00' })).toEqual({ startsAt: 'dateTimeInvalid' });
  });

  it('refuses a file that is not an image through the photo upload’s own checks, and an ad with no image', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="300" height="250"/></svg>');
    await expect(acceptUpload(svg)).rejects.toEqual(new UploadError('unsupportedType'));
    expect(await refusalOf(saveAd(db, editorId, input({ slot: 'article-bottom', photoId: '' })))).toEqual({ photoId: ['adImageRequired'] });
    const unknown = '0190d7a0-0000-7000-8000-000000000000';
    expect(await refusalOf(saveAd(db, editorId, input({ slot: 'article-bottom', photoId: unknown })))).toEqual({
      photoId: ['photoInvalid'],
    });
    expect(await db.adSlot.findUnique({ where: { key: 'article-bottom' } })).toBeNull();
  });
});

describe('a reader’s click (pages/api/ads/[slot]/click)', () => {
  afterEach(() => vi.unstubAllEnvs());
  const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
  const click = (slot: string, headers: Record<string, string>) =>
    clickRoute(new Request(`http://localhost/api/ads/${slot}/click`, { headers }), { slot });
  const reader = (ip: string) => ({ 'user-agent': chrome, 'accept-language': 'ko', 'sec-fetch-dest': 'document', 'x-forwarded-for': ip });

  it('is sent on to the ad’s link, counted once an hour per address without a database write, and shown to the newsroom', async () => {
    vi.stubEnv('IP_HASH_SECRET', 'test-secret');
    vi.stubEnv('REDIS_URL', '');
    await saveAd(db, editorId, { ...input({ slot: 'article-bottom' }), startsAt: new Date(Date.now() - minutes(1)) });

    const answers = [
      await click('article-bottom', reader('203.0.113.7')),
      await click('article-bottom', reader('203.0.113.7')),
      await click('article-bottom', reader('203.0.113.8')),
      await click('article-bottom', { 'user-agent': 'Googlebot/2.1', 'x-forwarded-for': '203.0.113.9' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe('https://sponsor.example/autumn');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    // Nothing written yet: the counts wait for the flush.
    expect((await db.adSlot.findUniqueOrThrow({ where: { key: 'article-bottom' } })).clicks).toBe(0);
    expect(await flushAdClicks(db)).toBe(2);
    const slot = (await listAdSlots(db)).find((each) => each.key === 'article-bottom')!;
    expect(slot).toMatchObject({ state: 'showing', clicks: 2 });

    // A new link is a new ad: its clicks count from zero.
    await saveAd(db, editorId, {
      ...input({ slot: 'article-bottom', photoId: '', href: 'https://sponsor.example/winter' }),
      startsAt: new Date(),
    });
    expect((await db.adSlot.findUniqueOrThrow({ where: { key: 'article-bottom' } })).clicks).toBe(0);
  });

  it('still sends a click on an ended ad on, uncounted; an empty slot is not found, an unknown one refused', async () => {
    const ended = await saveAd(db, editorId, {
      ...input({ slot: 'front-top' }),
      startsAt: new Date(Date.now() - minutes(60)),
      endsAt: new Date(),
    });
    expect(await adClickTarget(db, 'front-top', later(ended.endsAt!, 1))).toEqual({
      href: 'https://sponsor.example/autumn',
      counts: false,
    });
    await db.adSlot.delete({ where: { key: 'front-middle' } });
    await expect(adClickTarget(db, 'front-middle')).rejects.toBeInstanceOf(NotFoundError);
    expect((await click('front-middle', reader('203.0.113.7'))).status).toBe(404);
    const unknown = await click('front-side', reader('203.0.113.7'));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toHaveProperty('error');
  });
});
