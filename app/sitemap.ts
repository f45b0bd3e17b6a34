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
import { tagPath } from '@/lib/tags/paths';
import { listPublicTagSlugs } from '@/lib/tags/tags';

type SitemapEntry = MetadataRoute.Sitemap[number];

function languageVersions(pathFor: (locale: Locale) => string, available: readonly Locale[]): SitemapEntry[] {
  return available.map((locale) => {
    const { canonical, languages } = languageAlternates(pathFor, available, locale);
    return { url: canonical, alternates: { languages } };
  });
}

/**
 * Both front pages, every language version of every published article and every public reporter page (staff with
 * published articles: lib/newsroom/reporters.ts) and every tag on a published article, each with its hreflang siblings.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const db = getReadDatabase();
  const [articles, reporterSlugs, tagSlugs] = await Promise.all([
    listPublishedForSitemap(db),
    listPublicReporterSlugs(db),
    listPublicTagSlugs(db),
  ]);
  const articleEntries = articles.flatMap((article) => {
    const available = article.texts.map((text) => text.locale).filter(isLocale);
    const lastModified = article.revisedAt ?? article.publishedAt ?? undefined;
    return languageVersions((locale) => articlePath(locale, article.slug), available).map((entry) => ({ ...entry, lastModified }));
  });
  const reporterEntries = reporterSlugs.flatMap((slug) => languageVersions((locale) => reporterPath(locale, slug), locales));
  const tagEntries = tagSlugs.flatMap((slug) => languageVersions((locale) => tagPath(locale, slug), locales));
  return [...languageVersions(frontPagePath, locales), ...articleEntries, ...reporterEntries, ...tagEntries];
}
