import '#server-only';
import { cachedJson, type StoredJson } from '@/lib/cache/cached-json';
import type { Database } from '@/lib/db/client';
import { listArticleComments, type CommentOrder } from './list-comments';

/** Every cached comment list carries this tag as well as its article's: a site-wide change refreshes them all. */
export const commentListsTag = 'comment-lists';
export const commentListTag = (slug: string) => `comment-list:${slug}`;

/** Every write that changes what a list shows revalidates it (after-change.ts); this only bounds what might slip past. */
const lifetimeMs = 5 * 60 * 1000;

/**
 * The first page of an article's comments in one order, as readers get it: what every reader of the article loads
 * when they reach its comments, so it is kept in the shared cache, compressed, until the next write changes it.
 * Later pages (with a cursor) are read as they are asked for.
 */
export function firstCommentPage(db: Database, slug: string, order: CommentOrder): Promise<StoredJson> {
  return cachedJson(`comment-list:${slug}:${order}`, { tags: [commentListTag(slug), commentListsTag], lifetimeMs }, () => listArticleComments(db, slug, { order }));
}
