import type { Locale } from '@/lib/i18n/locales';

export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/articles/${slug}`;
}
