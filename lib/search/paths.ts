import type { Locale } from '@/lib/i18n/locales';

export function searchPath(locale: Locale, { q, cursor }: { q?: string; cursor?: string } = {}): string {
  const query = new URLSearchParams({ ...(q && { q }), ...(cursor && { cursor }) }).toString();
  return `/${locale}/search${query ? `?${query}` : ''}`;
}
