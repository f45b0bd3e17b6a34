import '#server-only';
import { listArticles } from '@/lib/articles/listing';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { localName } from '@/lib/i18n/local-name';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { listSections } from '@/lib/newsroom/sections';
import { arrangeFront, inLanguage, type CuratedFront, type FrontSlotRow } from './arrange';
import type { FrontArrangement } from './schema';

/** A front page's slot as stored, before its article is looked at. */
export type FrontSlotSpec = { kind: FrontSlotRow['kind']; position: number; articleId: string; startsAt: Date | null };

/** Articles a front page may show: public now, and on /en only those with an English text. */
export function publicIn(locale: Locale, now: Date): Prisma.ArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now }, ...(locale !== sourceLocale && { texts: { some: { locale } } }) };
}

const inEffect = (now: Date): Prisma.FrontSlotWhereInput => ({ OR: [{ startsAt: null }, { startsAt: { lte: now } }] });

/** The slots an arrangement makes: the lead now, the scheduled lead, the secondary stories and the pins, in order. */
export function slotsOf({ lead, nextLead, secondary, pinned }: FrontArrangement): FrontSlotSpec[] {
  return [
    ...(lead ? [{ kind: 'LEAD' as const, position: 0, articleId: lead, startsAt: null }] : []),
    ...(nextLead ? [{ kind: 'LEAD' as const, position: 0, articleId: nextLead.articleId, startsAt: nextLead.startsAt }] : []),
    ...secondary.map((articleId, position) => ({ kind: 'SECONDARY' as const, position, articleId, startsAt: null })),
    ...pinned.map((articleId, position) => ({ kind: 'PINNED' as const, position, articleId, startsAt: null })),
  ];
}

const sectionListLength = 12;

/** The blocks of a curated front page from its slots in effect; null keeps the automatic page. */
async function curatedFrom(
  db: Database,
  locale: Locale,
  slots: (FrontSlotRow & { articleId: string })[],
  latest: readonly ArticleSummary[],
): Promise<CuratedFront | null> {
  if (slots.length === 0) return null;
  const shown = inLanguage(locale);
  const articleIds = [...new Set(slots.map((slot) => slot.articleId))];
  const [listed, sections] = await Promise.all([
    listArticles(db, locale, { filter: { articleIds }, limit: articleIds.length }),
    listSections(db).then((all) =>
      Promise.all(
        all.map(async (section) => {
          const { items } = await listArticles(db, locale, { filter: { sectionId: section.id }, limit: sectionListLength });
          return { id: section.id, slug: section.slug, name: localName(section, locale), newest: items.filter(shown) };
        }),
      ),
    ),
  ]);
  const stories = new Map(listed.items.filter(shown).map((article) => [article.slug, article]));
  return arrangeFront({ slots, stories, latest: latest.filter(shown), sections });
}

/**
 * A language's front page as readers see it at `now`: the curated blocks, or null when nothing curated is public
 * (the page then keeps its automatic layout). A lead scheduled for later is not in effect until its time; the page
 * is cached for at most a minute (pages/[locale]/index.tsx), so it takes over within that minute.
 */
export async function findCuratedFront(db: Database, locale: Locale, latest: readonly ArticleSummary[], now = new Date()) {
  const rows = await db.frontSlot.findMany({
    where: { locale, ...inEffect(now), article: publicIn(locale, now) },
    select: { kind: true, position: true, startsAt: true, articleId: true, article: { select: { slug: true, sectionId: true } } },
  });
  return curatedFrom(
    db,
    locale,
    rows.map(({ article, ...slot }) => ({ ...slot, ...article })),
    latest,
  );
}

/** An arrangement not saved yet, as readers would see it at `at` (the preview in /admin/front). */
export async function previewCuratedFront(
  db: Database,
  arrangement: FrontArrangement,
  latest: readonly ArticleSummary[],
  at = new Date(),
): Promise<CuratedFront | null> {
  const slots = slotsOf(arrangement).filter((slot) => !slot.startsAt || slot.startsAt <= at);
  const articles = await db.article.findMany({
    where: { id: { in: slots.map((slot) => slot.articleId) }, ...publicIn(arrangement.locale, new Date()) },
    select: { id: true, slug: true, sectionId: true },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  return curatedFrom(
    db,
    arrangement.locale,
    slots.flatMap((slot) => {
      const article = byId.get(slot.articleId);
      return article ? [{ ...slot, slug: article.slug, sectionId: article.sectionId }] : [];
    }),
    latest,
  );
}
