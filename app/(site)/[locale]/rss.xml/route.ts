import { connection } from 'next/server';
import { readOnlyRoute } from '@/lib/actions/read-only-route';
import { listLatestForRss } from '@/lib/articles/feeds';
import { articlePath } from '@/lib/articles/paths';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { articleDescription } from '@/lib/seo/article-facts';
import { renderRss } from '@/lib/seo/rss';
import { absoluteUrl, frontPagePath, rssFeedPath } from '@/lib/seo/urls';
import { xmlResponse } from '@/lib/seo/xml';

export const GET = readOnlyRoute(async (_request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  await connection();
  const articles = await listLatestForRss(getReadDatabase(), locale);
  const { siteName, siteTagline } = getMessages(locale);
  const channel = {
    title: siteName,
    link: absoluteUrl(frontPagePath(locale)),
    feedUrl: absoluteUrl(rssFeedPath(locale)),
    description: siteTagline,
    language: locale,
  };
  const items = articles.map((article) => ({
    title: article.headline,
    link: absoluteUrl(articlePath(locale, article.slug)),
    publishedAt: article.publishedAt,
    description: articleDescription(article.subtitles, article.bodyText),
    creators: article.authorNames,
  }));
  return xmlResponse(renderRss(channel, items), 'application/rss+xml');
});
