import type { Locale } from './locales';

/** Sections, desks and staff carry a name in each language. */
export function localName(names: { nameKo: string; nameEn: string }, locale: Locale): string {
  return locale === 'ko' ? names.nameKo : names.nameEn;
}
