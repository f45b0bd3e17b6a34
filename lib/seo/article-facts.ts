import type { ArticleView } from '@/lib/articles/queries';
import { isLocale, sourceLocale, type Locale } from '@/lib/i18n/locales';

/** Search engines show about this many characters of a description. */
const descriptionLength = 160;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** The first subtitle, which newsrooms write as the summary, else the opening of the body. */
export function articleDescription(subtitles: readonly string[], bodyText: string): string {
  return shorten(subtitles[0] ?? bodyText, descriptionLength);
}

export function articleModifiedAt(article: Pick<ArticleView, 'publishedAt' | 'revisedAt'>): Date {
  return article.revisedAt ?? article.publishedAt;
}

/** The language the article's text is actually in (the source when the page's translation is missing). */
export function articleTextLocale(article: Pick<ArticleView, 'textLocale'>): Locale {
  return isLocale(article.textLocale) ? article.textLocale : sourceLocale;
}
