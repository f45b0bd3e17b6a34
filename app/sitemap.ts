import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { articlePath } from '@/lib/articles/paths';
import { listPublishedForSitemap } from '@/lib/articles/queries';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { reporterPath } from '@/lib/newsroom/paths';
import { listPublicReporterSlugs } from '@/lib/newsroom/reporters';
import { languageAlternates } from '@/lib/seo/alternates';
import { frontPagePath } from '@/lib/seo/urls';

type SitemapEntry = MetadataRoute.Sitemap[number];

function languageVersions(pathFor: (locale: Locale) => string, available: readonly Locale[]): SitemapEntry[] {
  return available.map((locale) => {
    const { canonical, languages } = languageAlternates(pathFor, available, locale);
    return { url: canonical, alternates: { languages } };
  });
}

/**
 * Both front pages, every language version of every published article and every public reporter page (staff with
 * published articles: lib/newsroom/reporters.ts), each with its hreflang siblings.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const db = getReadDatabase();
  const [articles, reporterSlugs] = await Promise.all([listPublishedForSitemap(db), listPublicReporterSlugs(db)]);
  const articleEntries = articles.flatMap((article) => {
    const available = article.texts.map((text) => text.locale).filter(isLocale);
    const lastModified = article.revisedAt ?? article.publishedAt ?? undefined;
    return languageVersions((locale) => articlePath(locale, article.slug), available).map((entry) => ({ ...entry, lastModified }));
  });
  const reporterEntries = reporterSlugs.flatMap((slug) => languageVersions((locale) => reporterPath(locale, slug), locales));
  return [...languageVersions(frontPagePath, locales), ...articleEntries, ...reporterEntries];
}
