import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { processSingleton } from '@/lib/runtime/singleton';

export type MostReadItem = { slug: string; headline: string };
/** 많이 본 뉴스: the most read articles of the last 24 hours and of the last 7 days, most read first. */
export type MostRead = { day: MostReadItem[]; week: MostReadItem[] };

const rowSchema = z.object({ slug: z.string(), headline: z.string() });

export const mostReadLength = 5;
const dayMilliseconds = 86_400_000;

/**
 * Published articles by their views since `since`, in the page's language only: on /en an article without an
 * English version is left out rather than shown in Korean. Ties go to the newer article.
 */
async function rankSince(db: Database, locale: Locale, since: Date, now: Date): Promise<MostReadItem[]> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT a.slug, t.headline
    FROM (SELECT article_id, sum(views) AS views FROM article_views WHERE hour > ${since} GROUP BY article_id) v
    JOIN articles a ON a.id = v.article_id
    JOIN article_texts t ON t.article_id = a.id AND t.locale = ${locale}
    WHERE a.status = 'PUBLISHED' AND a.published_at <= ${now}
    ORDER BY v.views DESC, a.published_at DESC, a.id DESC
    LIMIT ${mostReadLength}`;
  return z.array(rowSchema).parse(rows);
}

export async function findMostRead(db: Database, locale: Locale, now = new Date()): Promise<MostRead> {
  const [day, week] = await Promise.all([
    rankSince(db, locale, new Date(now.getTime() - dayMilliseconds), now),
    rankSince(db, locale, new Date(now.getTime() - 7 * dayMilliseconds), now),
  ]);
  return { day, week };
}

/**
 * Every article page shows the ranking at its end, and article pages are rendered anew whenever one changes or is
 * commented on: the ranking is kept a minute per language in this process rather than summed for each of them.
 */
const keptMilliseconds = 60_000;
type Kept = { at: number; ranking: Promise<MostRead>; shown: string };
const kept = () => processSingleton('mostRead', () => new Map<Locale, Kept>());

export function mostReadForPage(db: Database, locale: Locale, now = Date.now()): Promise<MostRead> {
  const current = kept().get(locale);
  if (current && now - current.at < keptMilliseconds) return current.ranking;
  const ranking = findMostRead(db, locale, new Date(now));
  kept().set(locale, { at: now, ranking, shown: current?.shown ?? '' });
  ranking.catch(() => kept().delete(locale));
  return ranking;
}

/** Reads the rankings afresh in each language and says whether either changed since this process last compared them. */
export async function refreshMostRead(db: Database, locales: readonly Locale[], now = Date.now()): Promise<boolean> {
  let changed = false;
  for (const locale of locales) {
    const ranking = await findMostRead(db, locale, new Date(now));
    const shown = JSON.stringify(ranking);
    if (shown !== kept().get(locale)?.shown) changed = true;
    kept().set(locale, { at: now, ranking: Promise.resolve(ranking), shown });
  }
  return changed;
}
