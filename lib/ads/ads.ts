import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError, NotFoundError } from '@/lib/errors';
import { mediaUrl } from '@/lib/media/urls';
import type { AdInput } from './schema';
import { adSlotKeys, type AdSlotKey } from './slots';

/** Where a slot's ad stands at a moment, as the newsroom lists it. */
export type AdState = 'empty' | 'off' | 'scheduled' | 'showing' | 'ended';

export type AdSlotSummary = {
  key: AdSlotKey;
  state: AdState;
  imageSrc: string | null;
  href: string | null;
  altKo: string | null;
  altEn: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  enabled: boolean;
  clicks: number;
  clicksSince: Date | null;
};

type AdRow = { imageKey: string | null; href: string | null; enabled: boolean; startsAt: Date | null; endsAt: Date | null };

function stateOf(ad: AdRow | undefined, now: Date): AdState {
  if (!ad?.imageKey || !ad.href) return 'empty';
  if (!ad.enabled) return 'off';
  if (ad.startsAt && ad.startsAt > now) return 'scheduled';
  if (ad.endsAt && ad.endsAt <= now) return 'ended';
  return 'showing';
}

/** Every slot, filled or not, in the order the newsroom lists them, with its clicks as flushed so far. */
export async function listAdSlots(db: Database, now = new Date()): Promise<AdSlotSummary[]> {
  const rows = new Map((await db.adSlot.findMany()).map((row) => [row.key, row]));
  return adSlotKeys.map((key) => {
    const ad = rows.get(key);
    return {
      key,
      state: stateOf(ad, now),
      imageSrc: ad?.imageKey ? mediaUrl(ad.imageKey) : null,
      href: ad?.href ?? null,
      altKo: ad?.altKo ?? null,
      altEn: ad?.altEn ?? null,
      startsAt: ad?.startsAt ?? null,
      endsAt: ad?.endsAt ?? null,
      enabled: ad?.enabled ?? false,
      clicks: ad?.clicks ?? 0,
      clicksSince: ad?.clicksSince ?? null,
    };
  });
}

/**
 * Puts the ad in its slot, replacing what was there. The image is a photo already stored by the upload route (its
 * checks and processing, lib/media/upload.ts); none keeps the slot's image. A new image or link is a new ad: its
 * clicks count from zero. Audited in the same transaction.
 */
export async function saveAd(db: Database, actorId: string, input: AdInput, now = new Date()) {
  const { slot, photoId, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.adSlot.findUnique({ where: { key: slot } });
    const photo = photoId
      ? await tx.photo.findUnique({ where: { id: photoId }, select: { storageKey: true, width: true, height: true } })
      : null;
    if (photoId && !photo) throw new InvalidInputError({ photoId: ['photoInvalid'] });
    const image = photo ? { imageKey: photo.storageKey, width: photo.width, height: photo.height } : null;
    if (!image && !current?.imageKey) throw new InvalidInputError({ photoId: ['adImageRequired'] });
    const isNewAd = !current || (image && image.imageKey !== current.imageKey) || fields.href !== current.href;
    const data = { ...fields, ...image, ...(isNewAd && { clicks: 0, clicksSince: now }) };
    const saved = await tx.adSlot.upsert({ where: { key: slot }, create: { key: slot, ...data }, update: data });
    await recordAudit(tx, {
      actorId,
      action: 'ad.save',
      entityType: 'ad',
      entityId: slot,
      details: {
        href: saved.href,
        startsAt: saved.startsAt?.toISOString() ?? null,
        endsAt: saved.endsAt?.toISOString() ?? null,
        switched: saved.enabled ? 'on' : 'off',
      },
    });
    return saved;
  });
}

/**
 * Where a click on the slot's ad leads, and whether it counts: a click on an ad shown now counts; one on a copy of a
 * page from before its end still leads to the link (the reader asked for it) but does not count. No ad: not found.
 */
export async function adClickTarget(db: Database, key: AdSlotKey, now = new Date()): Promise<{ href: string; counts: boolean }> {
  const ad = await db.adSlot.findUnique({
    where: { key },
    select: { imageKey: true, href: true, enabled: true, startsAt: true, endsAt: true },
  });
  if (!ad?.href) throw new NotFoundError();
  return { href: ad.href, counts: stateOf(ad, now) === 'showing' };
}
