import { connection } from 'next/server';
import { readOnlyRoute } from '@/lib/actions/read-only-route';
import { listLatestForRss } from '@/lib/articles/feeds';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { articleRssResponse } from '@/lib/seo/article-rss';
import { absoluteUrl, frontPagePath, rssFeedPath } from '@/lib/seo/urls';

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
  return articleRssResponse(channel, articles);
});
