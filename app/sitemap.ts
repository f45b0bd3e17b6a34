import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { articlePath } from '@/lib/articles/paths';
import { listPublishedForSitemap } from '@/lib/articles/queries';
import { getReadDatabase } from '@/lib/db/replica';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/alternates';
import { frontPagePath } from '@/lib/seo/urls';

type SitemapEntry = MetadataRoute.Sitemap[number];

function languageVersions(pathFor: (locale: Locale) => string, available: readonly Locale[]): SitemapEntry[] {
  return available.map((locale) => {
    const { canonical, languages } = languageAlternates(pathFor, available, locale);
    return { url: canonical, alternates: { languages } };
  });
}

/** Both front pages and every language version of every published article, each with its hreflang siblings. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const articles = await listPublishedForSitemap(getReadDatabase());
  const articleEntries = articles.flatMap((article) => {
    const available = article.texts.map((text) => text.locale).filter(isLocale);
    const lastModified = article.revisedAt ?? article.publishedAt ?? undefined;
    return languageVersions((locale) => articlePath(locale, article.slug), available).map((entry) => ({ ...entry, lastModified }));
  });
  return [...languageVersions(frontPagePath, locales), ...articleEntries];
}
