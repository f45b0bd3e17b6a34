import type { Locale } from '@/lib/i18n/locales';

/** A file size as people read it, in the language's own notation: 834 kB, 3.2 MB (3.2MB in Korean). */
export function formatByteSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export function formatDimensions({ width, height }: { width: number; height: number }): string {
  return `${width} × ${height}`;
}
