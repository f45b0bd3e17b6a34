import '#server-only';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { decodeCursor, encodeCursor } from '@/lib/articles/cursor';
import { cachedJson, type StoredJson } from '@/lib/cache/cached-json';
import { findCommentableArticle } from './comment-rules';
import { commentLimits } from './comment-limits';
import { refused } from './reader-refusal';
import type { CommentPage, CommentView } from './comment-view';

/** What readers may see of a comment: never the password hash, the address hash or who on the staff wrote it. */
export const commentViewSelect = {
  id: true,
  nickname: true,
  content: true,
  locale: true,
  createdAt: true,
  staffId: true,
} as const satisfies Prisma.CommentSelect;

export function toCommentView(row: Prisma.CommentGetPayload<{ select: typeof commentViewSelect }>): CommentView {
  return {
    id: row.id,
    nickname: row.nickname,
    content: row.content,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    staff: row.staffId !== null,
  };
}

export type CommentOrder = 'newest' | 'oldest';

/** Strictly past the cursor in the page's order; the plain bound on createdAt lets the index bound the scan. */
function after(cursor: CommentCursor | null, order: CommentOrder): Prisma.CommentWhereInput {
  if (!cursor) return {};
  const { createdAt, id } = cursor;
  return order === 'newest'
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { id: { lt: id } }] }
    : { createdAt: { gte: createdAt }, OR: [{ createdAt: { gt: createdAt } }, { id: { gt: id } }] };
}

/**
 * The comments readers see on an article, in both languages, a page at a time by keyset on (createdAt, id):
 * comments_article_latest_idx (articleId, status, createdAt desc) serves either order, and new comments
 * arriving meanwhile never shift a page. A cursor this site did not make is refused rather than read as page one.
 */
export async function listArticleComments(
  db: Database,
  slug: string,
  { order = 'newest', cursor }: { order?: CommentOrder; cursor?: string } = {},
): Promise<CommentPage> {
  const position = cursor ? decodeCommentCursor(cursor) : null;
  if (cursor && !position) throw refused('invalid');
  const article = await findCommentableArticle(db, slug);
  if (!article) throw refused('articleNotFound');

  const visible = { articleId: article.id, status: 'VISIBLE' } as const;
  const direction = order === 'newest' ? 'desc' : 'asc';
  const [count, rows] = await Promise.all([
    db.comment.count({ where: visible }),
    db.comment.findMany({
      where: { ...visible, ...after(position, order) },
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: commentLimits.pageSize + 1,
      select: commentViewSelect,
    }),
  ]);
  const comments = rows.slice(0, commentLimits.pageSize);
  const last = comments.at(-1);
  return {
    count,
    mode: article.mode,
    comments: comments.map(toCommentView),
    nextCursor: rows.length > commentLimits.pageSize && last ? encodeCommentCursor(last) : null,
  };
}

/** Where a page of comments ended: the last comment's time and its id, which orders equal times. */
export type CommentCursor = { createdAt: Date; id: string };

// The token article listings use (a time and an id), so one format is checked one way.
export function encodeCommentCursor({ createdAt, id }: CommentCursor): string {
  return encodeCursor({ publishedAt: createdAt, id });
}

/** The position in a cursor, or null for anything this site did not make. */
export function decodeCommentCursor(text: string): CommentCursor | null {
  const position = decodeCursor(text);
  return position && { createdAt: position.publishedAt, id: position.id };
}

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
  return cachedJson(`comment-list:${slug}:${order}`, { tags: [commentListTag(slug), commentListsTag], lifetimeMs }, () =>
    listArticleComments(db, slug, { order }),
  );
}
