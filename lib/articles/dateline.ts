import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

export type DatelineParts = {
  city: string;
  outlet: string;
  desk: string | null;
  reporters: readonly string[];
};

/**
 * The opening of a Korean wire-style story, composed from structured fields:
 * `(남양주=브레이크뉴스 경기동북부)하인규 기자=` or `(Namyangju = Break News, Northeastern Gyeonggi) = `.
 */
export function composeDateline({ city, outlet, desk, reporters }: DatelineParts, locale: Locale): string {
  if (locale === 'ko') {
    const source = [outlet, desk].filter(Boolean).join(' ');
    const byline = reporters.map(getMessages('ko').reporterTitle).join('·');
    return `(${city}=${source})${byline}=`;
  }
  const source = [outlet, desk].filter(Boolean).join(', ');
  return `(${city} = ${source}) = `;
}
