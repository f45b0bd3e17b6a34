import { bodyToPlainText } from '@/lib/articles/body';
import type { ArticleView } from '@/lib/articles/queries';
import { locales, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { articleAlternates, languageAlternates, type LanguageAlternates } from './alternates';
import { articleDescription, articleModifiedAt, articleTextLocale } from './article-facts';
import { absoluteUrl, frontPagePath, rssFeedPath } from './urls';

export type SocialImage = { url: string; width: number; height: number; alt: string };

/** What a reader page tells browsers, search engines and link previews about itself (rendered by components/seo/PageHead). */
export type PageMeta = {
  /** The whole `<title>`. */
  title: string;
  description?: string;
  alternates?: LanguageAlternates & { feed: { url: string; title: string } };
  noindex?: boolean;
  openGraph?: {
    type: 'article' | 'website';
    url: string;
    title: string;
    description: string;
    siteName: string;
    locale: string;
    alternateLocale: string[];
    publishedTime?: string;
    modifiedTime?: string;
    images?: SocialImage[];
  };
  twitter?: { card: 'summary' | 'summary_large_image'; title: string; description: string; images?: SocialImage[] };
};

const openGraphLocales: Record<Locale, string> = { ko: 'ko_KR', en: 'en_US' };

function openGraphLocale(shown: Locale, available: readonly Locale[]) {
  return {
    locale: openGraphLocales[shown],
    alternateLocale: available.filter((other) => other !== shown).map((other) => openGraphLocales[other]),
  };
}

/** Every page advertises its language's feed beside its language versions. */
function alternatesWithFeed(alternates: LanguageAlternates, locale: Locale): PageMeta['alternates'] {
  return { ...alternates, feed: { url: absoluteUrl(rssFeedPath(locale)), title: getMessages(locale).siteName } };
}

/** `headline | 데이트라인`: a page's own title, then the site's. */
export function pageTitle(title: string, locale: Locale): string {
  return `${title} | ${getMessages(locale).siteName}`;
}

export function articleMetadata(article: ArticleView, locale: Locale): PageMeta {
  const alternates = articleAlternates(article, locale);
  const description = articleDescription(article.subtitles, bodyToPlainText(article.body));
  const lead = article.photos[0];
  const images = lead ? [{ url: absoluteUrl(lead.src), width: lead.width, height: lead.height, alt: lead.alt }] : undefined;
  return {
    title: pageTitle(article.headline, locale),
    description,
    alternates: alternatesWithFeed(alternates, locale),
    openGraph: {
      type: 'article',
      url: alternates.canonical,
      title: article.headline,
      description,
      siteName: getMessages(locale).siteName,
      ...openGraphLocale(articleTextLocale(article), article.availableLocales),
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: articleModifiedAt(article).toISOString(),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: article.headline, description, images },
  };
}

export function frontPageMetadata(locale: Locale): PageMeta {
  const { siteName, siteTagline } = getMessages(locale);
  const alternates = languageAlternates(frontPagePath, locales, locale);
  return {
    title: siteName,
    description: siteTagline,
    alternates: alternatesWithFeed(alternates, locale),
    openGraph: {
      type: 'website',
      url: alternates.canonical,
      title: siteName,
      description: siteTagline,
      siteName,
      ...openGraphLocale(locale, locales),
    },
    twitter: { card: 'summary', title: siteName, description: siteTagline },
  };
}

/** A listing (section, desk, reporter) in both languages under the same address. */
export function listingMetadata(title: string, pathFor: (locale: Locale) => string, locale: Locale): PageMeta {
  return {
    title: pageTitle(title, locale),
    description: getMessages(locale).siteTagline,
    alternates: alternatesWithFeed(languageAlternates(pathFor, locales, locale), locale),
  };
}
