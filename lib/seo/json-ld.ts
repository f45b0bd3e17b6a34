import { bodyToPlainText } from '@/lib/articles/body';
import { articlePath } from '@/lib/articles/paths';
import type { ArticleView } from '@/lib/articles/queries';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { reporterPath } from '@/lib/newsroom/paths';
import { articleAlternates } from './alternates';
import { articleDescription, articleModifiedAt, articleTextLocale } from './article-facts';
import { absoluteUrl, frontPagePath } from './urls';

/** schema.org NewsArticle for the article page in `locale`: what Google News and rich results read. */
export function newsArticleJsonLd(article: ArticleView, locale: Locale) {
  const { canonical } = articleAlternates(article, locale);
  const textLocale = articleTextLocale(article);
  const isTranslation = textLocale !== sourceLocale && article.availableLocales.includes(sourceLocale);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    url: canonical,
    headline: article.headline,
    description: articleDescription(article.subtitles, bodyToPlainText(article.body)),
    inLanguage: textLocale,
    datePublished: article.publishedAt.toISOString(),
    dateModified: articleModifiedAt(article).toISOString(),
    image: article.photos.map((photo) => absoluteUrl(photo.src)),
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(reporterPath(locale, author.slug)),
    })),
    publisher: { '@type': 'Organization', name: getMessages(locale).siteName, url: absoluteUrl(frontPagePath(locale)) },
    ...(article.tags.length > 0 && { keywords: article.tags.map((tag) => tag.name) }),
    ...(isTranslation && {
      translationOfWork: { '@type': 'NewsArticle', url: absoluteUrl(articlePath(sourceLocale, article.slug)), inLanguage: sourceLocale },
    }),
  };
}

/** JSON for a `<script>` element: `<` is escaped so text like `</script>` cannot end the element early. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
