import '#server-only';
import type { Database } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { reporterPath, sectionPath } from '@/lib/newsroom/paths';
import { findPublicReporter } from '@/lib/newsroom/reporters';
import { listSections } from '@/lib/newsroom/sections';
import { absoluteUrl } from '@/lib/seo/urls';
import type { AuthorAnswer, SectionListAnswer } from './schemas';

export async function listApiSections(db: Database, locale: Locale): Promise<SectionListAnswer> {
  const sections = await listSections(db);
  return {
    items: sections.map(({ slug, nameKo, nameEn }) => ({
      slug,
      name: localName({ nameKo, nameEn }, locale),
      nameKo,
      nameEn,
      url: absoluteUrl(sectionPath(locale, slug)),
    })),
  };
}

/** A reporter with a public page (a byline on a published article): the same profile the reporter page shows. */
export async function findApiAuthor(db: Database, slug: string, locale: Locale): Promise<AuthorAnswer> {
  const reporter = await findPublicReporter(db, slug, locale);
  if (!reporter) throw new NotFoundError(`No public reporter ${slug}`);
  return {
    slug: reporter.slug,
    name: reporter.name,
    contactEmail: reporter.contactEmail,
    desk: reporter.desk,
    bio: reporter.bio,
    url: absoluteUrl(reporterPath(locale, reporter.slug)),
  };
}
