import { z } from 'zod';

/** Korean first: the newsroom writes in Korean, English is the translation. */
export const locales = ['ko', 'en'] as const;
export const sourceLocale = 'ko';

export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export function isLocale(value: string): value is Locale {
  return localeSchema.safeParse(value).success;
}

/** Each language named in itself, for language switchers. */
export const localeNames: Record<Locale, string> = { ko: '한국어', en: 'English' };
