import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { mediaUrl } from '@/lib/media/urls';

/** The named places on reader pages where an ad may go. */
export const adSlotKeys = ['front-top', 'front-side', 'article-bottom'] as const;
export const adSlotKeySchema = z.enum(adSlotKeys);
export type AdSlotKey = z.infer<typeof adSlotKeySchema>;

export type AdView = { src: string; width: number; height: number; href: string; alt: string };

/** The ads currently placed in the given slots; an empty slot is simply absent. */
export async function findAds(db: Database, keys: readonly AdSlotKey[], locale: Locale): Promise<Partial<Record<AdSlotKey, AdView>>> {
  const slots = await db.adSlot.findMany({ where: { key: { in: [...keys] } } });
  return Object.fromEntries(
    slots.flatMap(({ key, imageKey, href, width, height, altKo, altEn }) =>
      imageKey && href
        ? [
            [
              key,
              {
                src: mediaUrl(imageKey),
                width: width ?? 300,
                height: height ?? 250,
                href,
                alt: (locale === 'ko' ? altKo : altEn) ?? altKo ?? '',
              },
            ],
          ]
        : [],
    ),
  );
}
