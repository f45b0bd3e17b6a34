import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { articlePath } from '@/lib/articles/paths';
import { listPublishedForSitemap } from '@/lib/articles/queries';
import { getDatabase } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site/url';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const articles = await listPublishedForSitemap(getDatabase());
  return articles.flatMap((article) =>
    article.texts
      .map((text) => text.locale)
      .filter(isLocale)
      .map((locale) => ({
        url: new URL(articlePath(locale, article.slug), siteUrl()).toString(),
        lastModified: article.revisedAt ?? article.publishedAt ?? undefined,
      })),
  );
}
