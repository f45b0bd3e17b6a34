import '#server-only';
import { listArticles, type ArticleFilter, type ArticlePage } from '@/lib/articles/listing';
import type { Database } from '@/lib/db/client';
import { getReadDatabase } from '@/lib/runtime/read-database';
import type { Locale } from '@/lib/i18n/locales';
import { loadSiteFrame, type SiteFrame } from './frame';
import { slugParams, singleQueryValue } from './reader-page';

/** A listing's address: /ko/sections/<slug>?after=<cursor> (the cursor names a later page). */
export const listingParams = slugParams.extend({ after: singleQueryValue });

export type Listing<E> = { locale: Locale; frame: SiteFrame; owner: E; page: ArticlePage; isFirstPage: boolean };

/**
 * The data of a section's, desk's or reporter's listing: who it belongs to (null when nobody: a 404), then a page
 * of their public articles. Read from the replica when there is one: listings are rendered for every request.
 */
export async function loadListing<E>(
  { locale, slug, after }: { locale: Locale; slug: string; after?: string },
  findOwner: (db: Database, slug: string) => Promise<E | null>,
  filterFor: (owner: E) => ArticleFilter,
): Promise<Listing<E> | null> {
  const db = getReadDatabase();
  const owner = await findOwner(db, slug);
  if (!owner) return null;
  const [page, frame] = await Promise.all([listArticles(db, locale, { filter: filterFor(owner), cursor: after }), loadSiteFrame(db)]);
  return { locale, frame, owner, page, isFirstPage: !after };
}
