import { articlePath } from '@/lib/articles/paths';
import type { ArticleView } from '@/lib/articles/queries';
import { locales, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from './urls';

export type LanguageAlternates = {
  canonical: string;
  languages: Partial<Record<Locale | 'x-default', string>>;
};

/**
 * hreflang links for a page that exists in `available` languages: each version lists every version,
 * itself included, and x-default points at the Korean source (locales are ordered source first).
 * A page shown in a language it lacks is canonically the default version.
 */
export function languageAlternates(pathFor: (locale: Locale) => string, available: readonly Locale[], current: Locale): LanguageAlternates {
  const present = locales.filter((locale) => available.includes(locale));
  const fallback = present[0] ?? current;
  const languages: LanguageAlternates['languages'] = {};
  for (const locale of present) languages[locale] = absoluteUrl(pathFor(locale));
  languages['x-default'] = absoluteUrl(pathFor(fallback));
  return { canonical: absoluteUrl(pathFor(present.includes(current) ? current : fallback)), languages };
}

export function articleAlternates(article: Pick<ArticleView, 'slug' | 'availableLocales'>, locale: Locale): LanguageAlternates {
  return languageAlternates((each) => articlePath(each, article.slug), article.availableLocales, locale);
}
