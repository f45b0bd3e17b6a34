import { connection } from 'next/server';
import { readOnlyRoute } from '@/lib/actions/read-only-route';
import { listRecentForNewsSitemap } from '@/lib/articles/feeds';
import { articlePath } from '@/lib/articles/paths';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { getMessages } from '@/lib/i18n/messages';
import { newsSitemapWindowMs, renderNewsSitemap } from '@/lib/seo/news-sitemap';
import { absoluteUrl } from '@/lib/seo/urls';
import { xmlResponse } from '@/lib/seo/xml';

export const GET = readOnlyRoute(async () => {
  await connection();
  const texts = await listRecentForNewsSitemap(getReadDatabase(), new Date(Date.now() - newsSitemapWindowMs));
  const entries = texts.map(({ slug, locale, headline, publishedAt }) => ({
    url: absoluteUrl(articlePath(locale, slug)),
    publicationName: getMessages(locale).siteName,
    language: locale,
    publishedAt,
    title: headline,
  }));
  return xmlResponse(renderNewsSitemap(entries), 'application/xml');
});
