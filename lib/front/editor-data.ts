import '#server-only';
import { pickText } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { localName } from '@/lib/i18n/local-name';
import { toKoreaDateTimeInput } from '@/lib/i18n/time';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { listSections } from '@/lib/newsroom/sections';
import { publicIn } from './queries';
import type { FrontArrangementInput } from './schema';

/** A public story the editor may place, headline in the page's language. */
export type FrontCandidate = { id: string; headline: string; sectionId: string | null; publishedAt: Date };

export type FrontEditorData = {
  arrangement: FrontArrangementInput;
  candidates: FrontCandidate[];
  sections: { id: string; name: string }[];
};

const candidateCount = 100;

/**
 * What /admin/front opens with for one language: the arrangement in effect now (with the lead scheduled next, if
 * any, in Korea time), and the newest public stories of that language to choose from, plus any already placed.
 * A placed story that is no longer public is left out: saving drops it.
 */
export async function loadFrontEditor(db: Database, locale: Locale, now = new Date()): Promise<FrontEditorData> {
  const visible = publicIn(locale, now);
  const slots = await db.frontSlot.findMany({
    where: { locale, article: visible },
    select: { kind: true, position: true, startsAt: true, articleId: true },
    orderBy: [{ position: 'asc' }, { startsAt: 'asc' }],
  });
  const select = {
    id: true,
    sectionId: true,
    publishedAt: true,
    texts: { where: { locale: { in: [locale, sourceLocale] } }, select: { locale: true, headline: true } },
  } satisfies Prisma.ArticleSelect;
  const placedIds = slots.map((slot) => slot.articleId);
  const [newest, placed, sections] = await Promise.all([
    db.article.findMany({ where: visible, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take: candidateCount, select }),
    db.article.findMany({ where: { ...visible, id: { in: placedIds } }, select }),
    listSections(db),
  ]);
  const candidates = [...newest, ...placed.filter((article) => !newest.some((n) => n.id === article.id))].map(
    ({ id, sectionId, publishedAt, texts }) => ({
      id,
      sectionId,
      publishedAt: publishedAt!,
      headline: pickText(texts, locale)?.headline ?? '',
    }),
  );

  const started = slots.filter((slot) => slot.kind === 'LEAD' && (!slot.startsAt || slot.startsAt <= now));
  const lead = started.sort((a, b) => (b.startsAt?.getTime() ?? -Infinity) - (a.startsAt?.getTime() ?? -Infinity))[0];
  const next = slots.find((slot) => slot.kind === 'LEAD' && slot.startsAt && slot.startsAt > now);
  const ofKind = (kind: 'SECONDARY' | 'PINNED') => slots.filter((slot) => slot.kind === kind).map((slot) => slot.articleId);
  return {
    arrangement: {
      locale,
      lead: lead?.articleId ?? null,
      nextLead: next?.startsAt ? { articleId: next.articleId, startsAt: toKoreaDateTimeInput(next.startsAt) } : null,
      secondary: ofKind('SECONDARY'),
      pinned: ofKind('PINNED'),
    },
    candidates,
    sections: sections.map((section) => ({ id: section.id, name: localName(section, locale) })),
  };
}
