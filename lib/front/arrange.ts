import type { ArticleSummary } from '@/lib/articles/queries';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { secondaryLimits, sectionBlockLength } from './schema';

/** A slot whose article is public in the page's language, with what placing it needs. */
export type FrontSlotRow = {
  kind: 'LEAD' | 'SECONDARY' | 'PINNED';
  position: number;
  startsAt: Date | null;
  slug: string;
  sectionId: string | null;
};

export type FrontSectionBlock = { slug: string; name: string; articles: ArticleSummary[] };

export type CuratedFront = { lead: ArticleSummary; secondary: ArticleSummary[]; sections: FrontSectionBlock[] };

/** Secondary stories shown when the editor chose none: the newest after the lead. */
const automaticSecondaryCount = 4;

/** An article without an English text never appears on /en: the listing would show its Korean headline there. */
export function inLanguage(locale: Locale) {
  return (article: ArticleSummary) => locale === sourceLocale || article.textLocale === locale;
}

const byPosition = (a: FrontSlotRow, b: FrontSlotRow) => a.position - b.position;
/** The lead in effect is the one that took over last; the lead saved without a time is the oldest. */
const latestStart = (a: FrontSlotRow, b: FrontSlotRow) => (b.startsAt?.getTime() ?? -Infinity) - (a.startsAt?.getTime() ?? -Infinity);

/**
 * The front page's blocks from the slots in effect (already limited to public articles in the page's language) and
 * the newest stories: the lead (without one, the newest story not among the chosen secondary ones, or else the first
 * of them), the secondary stories (the newest after the lead when none were chosen), then each
 * section's block, its pins first, then its newest, every story shown once. Null when nothing is curated (or no
 * curated story is public any more): the page keeps its automatic layout.
 */
export function arrangeFront({
  slots,
  stories,
  latest,
  sections,
}: {
  slots: readonly FrontSlotRow[];
  /** The slots' articles by slug, as listed. */
  stories: ReadonlyMap<string, ArticleSummary>;
  latest: readonly ArticleSummary[];
  sections: readonly { id: string; slug: string; name: string; newest: readonly ArticleSummary[] }[];
}): CuratedFront | null {
  const story = (slot: FrontSlotRow) => stories.get(slot.slug);
  const placed = slots.filter((slot) => story(slot));
  if (placed.length === 0) return null;
  const ofKind = (kind: FrontSlotRow['kind']) => placed.filter((slot) => slot.kind === kind);

  const leadSlot = ofKind('LEAD').sort(latestStart)[0];
  const chosenSecondary = ofKind('SECONDARY')
    .sort(byPosition)
    .map((slot) => story(slot)!)
    .filter((article) => article.slug !== leadSlot?.slug);
  const lead =
    (leadSlot && story(leadSlot)) ?? latest.find((article) => !chosenSecondary.some((s) => s.slug === article.slug)) ?? chosenSecondary[0];
  if (!lead) return null;
  const secondary =
    chosenSecondary.length > 0
      ? chosenSecondary.filter((article) => article.slug !== lead.slug).slice(0, secondaryLimits.max)
      : latest.filter((article) => article.slug !== lead.slug).slice(0, automaticSecondaryCount);

  const shown = new Set([lead, ...secondary].map((article) => article.slug));
  const pins = ofKind('PINNED').sort(byPosition);
  const blocks = sections.flatMap(({ id, slug, name, newest }): FrontSectionBlock[] => {
    const pinned = pins.filter((pin) => pin.sectionId === id).map((pin) => story(pin)!);
    const articles = [...pinned, ...newest]
      .filter((article, index, all) => !shown.has(article.slug) && all.findIndex((a) => a.slug === article.slug) === index)
      .slice(0, sectionBlockLength);
    return articles.length > 0 ? [{ slug, name, articles }] : [];
  });
  return { lead, secondary, sections: blocks };
}
