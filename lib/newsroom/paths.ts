import type { Locale } from '@/lib/i18n/locales';

export function sectionPath(locale: Locale, slug: string): string {
  return `/${locale}/sections/${slug}`;
}

export function deskPath(locale: Locale, slug: string): string {
  return `/${locale}/desks/${slug}`;
}

export function reporterPath(locale: Locale, slug: string): string {
  return `/${locale}/reporters/${slug}`;
}

/** The next page of a listing; cursors are base64url, safe in a query string as they are. */
export function olderArticlesPath(listingPath: string, cursor: string): string {
  return `${listingPath}?after=${cursor}`;
}

/** The `?after=` cursor of a listing address; repeated, it is none this site made. */
export function afterParam(search: { after?: string | string[] }): string | undefined {
  return typeof search.after === 'string' ? search.after : undefined;
}
