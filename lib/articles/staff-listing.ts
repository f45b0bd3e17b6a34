import '#server-only';
import { z } from 'zod';
import type { ArticleReader } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { sourceLocale } from '@/lib/i18n/locales';
import { searchableText } from '@/lib/security/text';
import { viewTotalsFor, viewTotalsOf, type ViewTotals } from '@/lib/views/staff-view-counts';
import { literalPattern } from './listing';
import { readableArticles } from './readable';
import { articleStatusSchema } from './schema';
import { isTranslationStale } from './staleness';

/** A query-string value, or undefined when it is empty or not what it should be: a bad filter shows everything. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).catch(undefined);

/** The newsroom's article list filters, as they come in `?status=…&section=…`; `after` is the keyset cursor. */
export const staffArticleFilterSchema = z.object({
  status: param(articleStatusSchema),
  section: param(z.uuid()),
  author: param(z.uuid()),
  translation: param(z.enum(['missing', 'stale'])),
  q: param(z.string().overwrite(searchableText).trim().min(1).max(100)),
  after: param(z.uuid()),
});
export type StaffArticleFilter = z.infer<typeof staffArticleFilterSchema> & { publishedWithin?: { start: Date; end: Date } };

export type TranslationState = 'missing' | 'stale' | 'current';

export type StaffArticleRow = {
  id: string;
  slug: string;
  status: z.infer<typeof articleStatusSchema>;
  headline: string;
  englishHeadline: string | null;
  section: { nameKo: string; nameEn: string } | null;
  authors: { nameKo: string; nameEn: string }[];
  publishedAt: Date | null;
  updatedAt: Date;
  translation: TranslationState;
  /** Readers' views today (Korea time) and in the last 7 days. */
  views: ViewTotals;
};

/** Articles whose English text was made from an older Korean text than the current one. */
async function staleTranslationIds(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT en.article_id::text AS id
    FROM article_texts en
    JOIN article_texts ko ON ko.article_id = en.article_id AND ko.locale = ${sourceLocale}
    WHERE en.locale = 'en' AND en.translated_from_version < ko.text_version`;
  return rows.map((r) => r.id);
}

async function matching(db: Database, filter: StaffArticleFilter): Promise<Prisma.ArticleWhereInput[]> {
  const where: Prisma.ArticleWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.section) where.push({ sectionId: filter.section });
  if (filter.author) where.push({ authors: { some: { staffId: filter.author } } });
  if (filter.translation === 'missing') where.push({ texts: { none: { locale: 'en' } } });
  if (filter.translation === 'stale') where.push({ id: { in: await staleTranslationIds(db) } });
  if (filter.q) where.push({ texts: { some: { headline: { contains: literalPattern(filter.q), mode: 'insensitive' } } } });
  if (filter.publishedWithin) where.push({ publishedAt: { gte: filter.publishedWithin.start, lt: filter.publishedWithin.end } });
  if (filter.after) where.push({ id: { lt: filter.after } });
  return where;
}

/**
 * The articles this staff member may open that match the filter, newest first, a page at a time. Ids are UUIDv7,
 * which sort by creation time, so the id alone is the keyset: pages stay put while autosave keeps changing updatedAt.
 */
export async function listArticlesForStaff(db: Database, reader: ArticleReader, filter: StaffArticleFilter, limit = 30) {
  const rows = await db.article.findMany({
    where: { AND: [readableArticles(reader), ...(await matching(db, filter))] },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: {
      id: true,
      slug: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { nameKo: true, nameEn: true } },
      authors: { orderBy: { position: 'asc' }, select: { staff: { select: { nameKo: true, nameEn: true } } } },
      texts: { select: { locale: true, headline: true, textVersion: true, translatedFromVersion: true } },
    },
  });
  const shown = rows.slice(0, limit);
  const views = await viewTotalsOf(
    db,
    shown.map((row) => row.id),
  );
  const items = shown.map((row): StaffArticleRow => {
    const ko = row.texts.find((t) => t.locale === sourceLocale);
    const en = row.texts.find((t) => t.locale === 'en');
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      headline: ko?.headline ?? en?.headline ?? row.slug,
      englishHeadline: en?.headline ?? null,
      section: row.section,
      authors: row.authors.map((a) => a.staff),
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      translation: !en ? 'missing' : isTranslationStale(en, ko) ? 'stale' : 'current',
      views: viewTotalsFor(views, row.id),
    };
  });
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
