/** Korean first: the newsroom writes in Korean, English is the translation. */
export const locales = ['ko', 'en'] as const;
export type Locale = (typeof locales)[number];
export const sourceLocale: Locale = 'ko';

// No zod here: client components (the error and not-found pages) import this, and zod would add 30 KB to every page.
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Each language named in itself, for language switchers. */
export const localeNames: Record<Locale, string> = { ko: '한국어', en: 'English' };
