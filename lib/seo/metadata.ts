import type { Metadata } from 'next';
import { bodyToPlainText } from '@/lib/articles/body';
import type { ArticleView } from '@/lib/articles/queries';
import { locales, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { articleAlternates, languageAlternates, type LanguageAlternates } from './alternates';
import { articleDescription, articleModifiedAt, articleTextLocale } from './article-facts';
import { absoluteUrl, frontPagePath, rssFeedPath } from './urls';

const openGraphLocales: Record<Locale, string> = { ko: 'ko_KR', en: 'en_US' };

function openGraphLocale(shown: Locale, available: readonly Locale[]) {
  return {
    locale: openGraphLocales[shown],
    alternateLocale: available.filter((other) => other !== shown).map((other) => openGraphLocales[other]),
  };
}

/** Page alternates replace the layout's wholesale, so every page advertises its language's feed itself. */
function alternatesWithFeed({ canonical, languages }: LanguageAlternates, locale: Locale): Metadata['alternates'] {
  const feed = { url: absoluteUrl(rssFeedPath(locale)), title: getMessages(locale).siteName };
  return { canonical, languages, types: { 'application/rss+xml': [feed] } };
}

export function articleMetadata(article: ArticleView, locale: Locale): Metadata {
  const alternates = articleAlternates(article, locale);
  const description = articleDescription(article.subtitles, bodyToPlainText(article.body));
  const lead = article.photos[0];
  const images = lead ? [{ url: absoluteUrl(lead.src), width: lead.width, height: lead.height, alt: lead.alt }] : undefined;
  return {
    title: article.headline,
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

export function frontPageMetadata(locale: Locale): Metadata {
  const { siteName, siteTagline } = getMessages(locale);
  const alternates = languageAlternates(frontPagePath, locales, locale);
  return {
    title: { absolute: siteName },
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
