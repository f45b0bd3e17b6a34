import '#server-only';
import { listArticles, type ArticleFilter } from '@/lib/articles/listing';
import { translationMethodSchema } from '@/lib/articles/schema';
import { findPublishedArticle } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { reporterPath, sectionPath } from '@/lib/newsroom/paths';
import { articleAlternates } from '@/lib/seo/alternates';
import { absoluteUrl } from '@/lib/seo/urls';
import { tagPath } from '@/lib/tags/paths';
import { bodyHtml } from './body-html';
import type { ArticleAnswer, ArticleListQuery, ArticlePageAnswer } from './schemas';
import { answerLocale, toApiPhoto, toApiSummary } from './serialize';

/** The filter a query names (the query schema lets it name one at most), by id; a slug that names nothing is a 404. */
async function filterOf(db: Database, { section, desk, tag, author }: ArticleListQuery): Promise<ArticleFilter | undefined> {
  const slug = section ?? desk ?? tag ?? author;
  if (slug === undefined) return undefined;
  const where = { where: { slug }, select: { id: true } };
  if (section !== undefined) return found(await db.section.findUnique(where), (row) => ({ sectionId: row.id }));
  if (desk !== undefined) return found(await db.desk.findUnique(where), (row) => ({ deskId: row.id }));
  if (tag !== undefined) return found(await db.tag.findUnique(where), (row) => ({ tagId: row.id }));
  return found(await db.staff.findFirst({ ...where, where: { slug, active: true } }), (row) => ({ reporterId: row.id }));
}

function found<R>(row: R | null, filter: (row: R) => ArticleFilter): ArticleFilter {
  if (!row) throw new NotFoundError('No such filter');
  return filter(row);
}

/** Published articles, newest first, a keyset page at a time: the site's own listing (lib/articles/listing.ts). */
export async function listApiArticles(db: Database, query: ArticleListQuery): Promise<ArticlePageAnswer> {
  const filter = await filterOf(db, query);
  const page = await listArticles(db, query.locale, { filter, cursor: query.after, limit: query.limit });
  return { items: page.items.map((item) => toApiSummary(item, query.locale)), nextCursor: page.nextCursor };
}

/** What the article page's view leaves out: the section, and when and how the text shown was translated. */
function findArticleRecord(db: Database, slug: string) {
  return db.article.findUnique({
    where: { slug },
    select: {
      section: { select: { slug: true, nameKo: true, nameEn: true } },
      texts: { select: { locale: true, translatedAt: true, reviewedById: true } },
    },
  });
}

/** A published article in full, as its page shows it in `locale` (or in Korean where it has no translation). */
export async function findApiArticle(db: Database, slug: string, locale: Locale): Promise<ArticleAnswer> {
  const [article, record] = await Promise.all([findPublishedArticle(db, slug, locale), findArticleRecord(db, slug)]);
  if (!article || !record) throw new NotFoundError(`No published article ${slug}`);
  const text = record.texts.find((each) => each.locale === article.textLocale);
  const urls = articleAlternates(article, locale);
  return {
    slug: article.slug,
    locale: answerLocale(article.textLocale),
    availableLocales: article.availableLocales,
    headline: article.headline,
    subtitles: article.subtitles,
    dateline: { city: article.datelineCity, outlet: article.datelineOutlet, desk: article.desk },
    section: record.section && {
      slug: record.section.slug,
      name: localName(record.section, locale),
      url: absoluteUrl(sectionPath(locale, record.section.slug)),
    },
    byline: article.authors.map(({ name, slug: author, contactEmail }) => ({
      name,
      slug: author,
      contactEmail,
      url: absoluteUrl(reporterPath(locale, author)),
    })),
    publishedAt: article.publishedAt.toISOString(),
    updatedAt: (article.revisedAt ?? article.publishedAt).toISOString(),
    body: { document: article.body, html: bodyHtml(article, locale) },
    photos: article.photos.map(toApiPhoto),
    translation: {
      method: translationMethodSchema.parse(article.translation.method),
      engine: article.translation.machineEngine,
      translatedAt: text?.translatedAt?.toISOString() ?? null,
      reviewed: Boolean(text?.reviewedById),
      stale: article.translation.stale,
    },
    corrections: article.corrections.map(({ note, createdAt }) => ({ note, createdAt: createdAt.toISOString() })),
    tags: article.tags.map((tag) => ({ ...tag, url: absoluteUrl(tagPath(locale, tag.slug)) })),
    urls: { canonical: urls.canonical, alternates: urls.languages },
  };
}
