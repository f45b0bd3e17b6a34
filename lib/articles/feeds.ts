import '#server-only';
import type { Database } from '@/lib/db/client';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { readerVisible } from './queries';

/** Google reads at most 1,000 URLs from one news sitemap, and an article has up to two languages. */
const newsSitemapArticleLimit = 500;

export type NewsSitemapText = { slug: string; locale: Locale; headline: string; publishedAt: Date };

/** Every language version of the articles published since `since`, newest first. */
export async function listRecentForNewsSitemap(db: Database, since: Date): Promise<NewsSitemapText[]> {
  const rows = await db.article.findMany({
    where: { AND: [readerVisible(), { publishedAt: { gte: since } }] },
    orderBy: { publishedAt: 'desc' },
    take: newsSitemapArticleLimit,
    select: { slug: true, publishedAt: true, texts: { select: { locale: true, headline: true } } },
  });
  return rows.flatMap(({ slug, publishedAt, texts }) =>
    texts.flatMap(({ locale, headline }) => (publishedAt && isLocale(locale) ? [{ slug, locale, headline, publishedAt }] : [])),
  );
}

export type RssArticle = {
  slug: string;
  headline: string;
  subtitles: string[];
  bodyText: string;
  publishedAt: Date;
  authorNames: string[];
};

/**
 * The newest articles written or translated in `locale` (of one tag, for its feed): a feed never falls back to
 * another language.
 */
export async function listLatestForRss(
  db: Database,
  locale: Locale,
  { limit = 30, tagId }: { limit?: number; tagId?: string } = {},
): Promise<RssArticle[]> {
  const rows = await db.article.findMany({
    where: { ...readerVisible(), texts: { some: { locale } }, ...(tagId && { tags: { some: { tagId } } }) },
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: {
      slug: true,
      publishedAt: true,
      texts: { where: { locale }, select: { headline: true, subtitles: true, plainText: true } },
      authors: { orderBy: { position: 'asc' }, select: { staff: { select: { nameKo: true, nameEn: true } } } },
    },
  });
  return rows.flatMap(({ slug, publishedAt, texts, authors }) => {
    const text = texts[0];
    if (!publishedAt || !text) return [];
    const authorNames = authors.map(({ staff }) => (locale === 'ko' ? staff.nameKo : staff.nameEn));
    return [{ slug, headline: text.headline, subtitles: text.subtitles, bodyText: text.plainText, publishedAt, authorNames }];
  });
}
