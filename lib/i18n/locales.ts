import { z } from 'zod';

/** Korean first: the newsroom writes in Korean, English is the translation. */
export const locales = ['ko', 'en'] as const;
export const sourceLocale = 'ko';

export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export function isLocale(value: string): value is Locale {
  return localeSchema.safeParse(value).success;
}
