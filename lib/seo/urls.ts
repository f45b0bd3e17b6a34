import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site/url';

/** Appends rather than resolves, so a SITE_URL with a base path (https://example.com/news) keeps it. */
export function absoluteUrl(path: string): string {
  return `${siteUrl().replace(/\/+$/, '')}${path}`;
}

export function frontPagePath(locale: Locale): string {
  return `/${locale}`;
}

export function rssFeedPath(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

export const newsSitemapPath = '/news-sitemap.xml';
