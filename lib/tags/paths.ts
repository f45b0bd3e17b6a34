import type { Locale } from '@/lib/i18n/locales';

export const adminTagsPath = '/admin/tags';

export function tagPath(locale: Locale, slug: string): string {
  return `/${locale}/tags/${slug}`;
}

export function tagFeedPath(locale: Locale, slug: string): string {
  return `/${locale}/tags/${slug}/rss.xml`;
}
