import '#server-only';
import type { Database } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { mediaUrl } from '@/lib/media/urls';
import type { AdSlotKey } from './schema';

export { adSlotKeys, type AdSlotKey } from './schema';

export type AdView = { src: string; width: number; height: number; href: string; alt: string };

/** Where a reader's click on the slot's ad goes first: counted there, then sent on to the ad's link. */
export const adClickPath = (key: AdSlotKey) => `/api/ads/${key}/click`;

/** Shown at `now`: switched on, started (or no start) and not ended (or no end). */
const shownAt = (now: Date) => ({
  enabled: true,
  imageKey: { not: null },
  href: { not: null },
  AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
});

/** The ads shown at `now` in the given slots; an empty, switched-off, not yet started or ended slot is simply absent. */
export async function findAds(
  db: Database,
  keys: readonly AdSlotKey[],
  locale: Locale,
  now = new Date(),
): Promise<Partial<Record<AdSlotKey, AdView>>> {
  const slots = await db.adSlot.findMany({ where: { key: { in: [...keys] }, ...shownAt(now) } });
  return Object.fromEntries(
    slots.flatMap(({ key, imageKey, width, height, altKo, altEn }) =>
      imageKey
        ? [
            [
              key,
              {
                src: mediaUrl(imageKey),
                width: width ?? 300,
                height: height ?? 250,
                href: adClickPath(key as AdSlotKey),
                alt: (locale === 'ko' ? altKo : altEn) ?? altKo ?? '',
              },
            ],
          ]
        : [],
    ),
  );
}

/** The next moment after `now` at which an ad comes or goes by itself: a switched-on ad's start or end. */
export async function nextAdChange(db: Database, now = new Date()): Promise<Date | null> {
  const coming = await db.adSlot.findMany({
    where: { enabled: true, OR: [{ startsAt: { gt: now } }, { endsAt: { gt: now } }] },
    select: { startsAt: true, endsAt: true },
  });
  const times = coming.flatMap(({ startsAt, endsAt }) => [startsAt, endsAt]).filter((time): time is Date => time !== null && time > now);
  return times.length === 0 ? null : new Date(Math.min(...times.map((time) => time.getTime())));
}
