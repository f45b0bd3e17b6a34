import { connection } from 'next/server';
import { readOnlyRoute } from '@/lib/actions/read-only-route';
import { listLatestForRss } from '@/lib/articles/feeds';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { localName } from '@/lib/i18n/local-name';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { articleRssResponse } from '@/lib/seo/article-rss';
import { absoluteUrl } from '@/lib/seo/urls';
import { tagFeedPath, tagPath } from '@/lib/tags/paths';
import { findTag } from '@/lib/tags/tags';

/** A tag's newest articles in one language, for feed readers following a topic. */
export const GET = readOnlyRoute(async (_request, { params }: { params: Promise<{ locale: string; slug: string }> }) => {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  await connection();
  const db = getReadDatabase();
  const tag = await findTag(db, slug);
  if (!tag) return new Response(null, { status: 404 });
  const articles = await listLatestForRss(db, locale, { tagId: tag.id });
  const t = getMessages(locale);
  const channel = {
    title: `${t.siteName}: ${t.tagListing(localName(tag, locale))}`,
    link: absoluteUrl(tagPath(locale, tag.slug)),
    feedUrl: absoluteUrl(tagFeedPath(locale, tag.slug)),
    description: t.tagListing(localName(tag, locale)),
    language: locale,
  };
  return articleRssResponse(channel, articles);
});
