import '#server-only';
import { z } from 'zod';
import { literalPattern } from '@/lib/articles/listing';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { CommentHoldReason, CommentStatus, ModerationReason } from '@/lib/db/generated/enums';
import { isLocale, sourceLocale, type Locale } from '@/lib/i18n/locales';
import { koreaDaysRange } from '@/lib/i18n/time';
import { searchableText } from '@/lib/security/text';
import { decodeCommentCursor, encodeCommentCursor } from '../reader/list-comments';
import { foldNickname } from '../reader/reader-schema';
import { queueCountCap, queueTabs, type QueueTab } from './queue-href';

export const queuePageSize = 50;

/**
 * Each tab's comments, as parts that one index scan each can serve in time order (comments_queue_idx on
 * status and time; comments_reported_idx, partial, for the reported): "all" is nearly every comment, which one
 * `status IN (…)` condition would read whole to sort, where two scans of the index stop after a page each.
 */
export const tabParts: Record<QueueTab, Prisma.CommentWhereInput[]> = {
  all: [{ status: 'VISIBLE' }, { status: 'HELD' }],
  reported: [{ openReportCount: { gt: 0 }, status: { in: ['VISIBLE', 'HELD'] } }],
  held: [{ status: 'HELD' }],
  deleted: [{ status: 'DELETED' }],
};

export const tabWhere = (tab: QueueTab): Prisma.CommentWhereInput => {
  const parts = tabParts[tab];
  return parts.length === 1 ? parts[0]! : { OR: parts };
};

export type QueueRow = {
  id: string;
  content: string;
  nickname: string;
  /** The language of the page it was written on. */
  locale: string;
  createdAt: Date;
  status: CommentStatus;
  holdReason: CommentHoldReason | null;
  staff: boolean;
  ipHash: string;
  /** The headline in the moderator's language when there is one; `publicLocale` is the page to link to. */
  article: { id: string; slug: string; headline: string; headlineLocale: Locale; publicLocale: Locale };
  /**
   * Reports no moderator has decided on: how many, by reason (most first), the readers' notes, and who reported from
   * which network (keyed hashes of the address and of its /24 or /48), oldest first.
   */
  reports: {
    count: number;
    reasons: { reason: ModerationReason; count: number }[];
    notes: string[];
    reporters: { ipHash: string; networkHash: string }[];
  };
  /** `by` is null when the author deleted it with their password. */
  deletion: { at: Date; reason: ModerationReason | null; note: string | null; by: { nameKo: string; nameEn: string } | null } | null;
};

export type QueuePage = { rows: QueueRow[]; nextCursor: string | null };

const rowSelect = {
  id: true,
  content: true,
  nickname: true,
  locale: true,
  createdAt: true,
  status: true,
  holdReason: true,
  staffId: true,
  ipHash: true,
  openReportCount: true,
  deletedAt: true,
  deletionReason: true,
  deletionNote: true,
  deletedBy: { select: { nameKo: true, nameEn: true } },
  article: { select: { id: true, slug: true, texts: { select: { locale: true, headline: true } } } },
  reports: {
    where: { resolvedAt: null },
    select: { reason: true, note: true, reporterHash: true, reporterNetworkHash: true },
    orderBy: { createdAt: 'asc' },
    take: 100,
  },
} satisfies Prisma.CommentSelect;

type SelectedComment = Prisma.CommentGetPayload<{ select: typeof rowSelect }>;

function matching(filter: QueueFilter, articleId: string | undefined): Prisma.CommentWhereInput[] {
  const where: Prisma.CommentWhereInput[] = [];
  if (articleId) where.push({ articleId });
  if (filter.nickname) where.push({ nicknameKey: foldNickname(filter.nickname) });
  if (filter.ip) where.push({ ipHash: filter.ip });
  if (filter.q) where.push({ content: { contains: literalPattern(filter.q), mode: 'insensitive' } });
  const createdAt = koreaDaysRange(filter.from, filter.to);
  if (createdAt) where.push({ createdAt });
  const after = filter.after ? decodeCommentCursor(filter.after) : null;
  // `lte` first: it bounds the index scan; the OR only orders comments posted in the same millisecond.
  if (after) where.push({ createdAt: { lte: after.createdAt }, OR: [{ createdAt: { lt: after.createdAt } }, { id: { lt: after.id } }] });
  return where;
}

function reportSummary(reports: SelectedComment['reports'], openReportCount: number): QueueRow['reports'] {
  const byReason = new Map<ModerationReason, number>();
  for (const { reason } of reports) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  return {
    count: openReportCount,
    reasons: [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    notes: reports.flatMap((report) => (report.note ? [report.note] : [])),
    reporters: reports.map((report) => ({ ipHash: report.reporterHash, networkHash: report.reporterNetworkHash })),
  };
}

function articleView(article: SelectedComment['article'], commentLocale: string, staffLocale: Locale): QueueRow['article'] {
  const text =
    article.texts.find((t) => t.locale === staffLocale) ?? article.texts.find((t) => t.locale === sourceLocale) ?? article.texts[0];
  const headlineLocale = text && isLocale(text.locale) ? text.locale : sourceLocale;
  const publicLocale = isLocale(commentLocale) && article.texts.some((t) => t.locale === commentLocale) ? commentLocale : sourceLocale;
  return { id: article.id, slug: article.slug, headline: text?.headline ?? article.slug, headlineLocale, publicLocale };
}

function queueRow(comment: SelectedComment, staffLocale: Locale): QueueRow {
  return {
    id: comment.id,
    content: comment.content,
    nickname: comment.nickname,
    locale: comment.locale,
    createdAt: comment.createdAt,
    status: comment.status,
    holdReason: comment.holdReason,
    staff: comment.staffId !== null,
    ipHash: comment.ipHash,
    article: articleView(comment.article, comment.locale, staffLocale),
    reports: reportSummary(comment.reports, comment.openReportCount),
    deletion: comment.deletedAt
      ? { at: comment.deletedAt, reason: comment.deletionReason, note: comment.deletionNote, by: comment.deletedBy }
      : null,
  };
}

// The database's order: time, then id (UUIDs compare as their hex text does).
const newestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One page of a moderation tab, newest first. Keyset on (createdAt, id): new comments arriving while a
 * moderator pages back do not shift what the next page shows. An unknown article slug matches nothing.
 */
/** The article the queue is filtered by, with its headline in the moderator's language and its own comment mode. */
export async function findQueueArticle(db: Database, slug: string | undefined, locale: Locale) {
  if (!slug) return null;
  const article = await db.article.findUnique({
    where: { slug },
    select: { id: true, commentMode: true, texts: { select: { locale: true, headline: true } } },
  });
  if (!article) return null;
  const text = article.texts.find((t) => t.locale === locale) ?? article.texts[0];
  return { id: article.id, headline: text?.headline ?? slug, mode: article.commentMode };
}

export async function listModerationQueue(
  db: Database,
  filter: QueueFilter,
  staffLocale: Locale,
  limit = queuePageSize,
): Promise<QueuePage> {
  let articleId: string | undefined;
  if (filter.article) {
    const article = await db.article.findUnique({ where: { slug: filter.article }, select: { id: true } });
    if (!article) return { rows: [], nextCursor: null };
    articleId = article.id;
  }
  const filters = matching(filter, articleId);
  const parts = await Promise.all(
    tabParts[filter.tab].map((part) =>
      db.comment.findMany({
        where: { AND: [part, ...filters] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: limit + 1,
        select: rowSelect,
      }),
    ),
  );
  const comments = parts
    .flat()
    .sort(newestFirst)
    .slice(0, limit + 1);
  const rows = comments.slice(0, limit).map((comment) => queueRow(comment, staffLocale));
  const last = rows.at(-1);
  return { rows, nextCursor: comments.length > limit && last ? encodeCommentCursor(last) : null };
}

/** A query-string value, or undefined when it is empty or not what it should be: a bad filter shows everything. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).catch(undefined);

/** The queue's address: `?tab=reported&article=…&nickname=…&from=2026-11-01&to=…&ip=…&q=…&after=…`, for the page and the API alike. */
export const queueFilterSchema = z.object({
  tab: z.enum(queueTabs).catch('all'),
  /** The article's slug. */
  article: param(z.string().overwrite(searchableText).trim().min(1).max(200)),
  nickname: param(z.string().overwrite(searchableText).trim().min(1).max(40)),
  /** Korea-time calendar days, inclusive. */
  from: param(z.iso.date()),
  to: param(z.iso.date()),
  ip: param(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{64}$/u),
  ),
  q: param(z.string().overwrite(searchableText).trim().min(1).max(100)),
  /** The keyset cursor of the page before. */
  after: param(z.string().max(200)),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

export type QueueCounts = Record<QueueTab, number>;

/** What the queue polls: the tab counts and the newest comment, so it can tell that something changed. */
export type QueueSummary = { counts: QueueCounts; newestId: string | null; newSince: number };

/**
 * Each tab's count, up to one past `queueCountCap`: a tab shows "999+" rather than counting a million comments
 * every few seconds. Each part of a tab is counted in its own index's order (newest first), so the capped count
 * stops after that many index entries (comments_queue_idx, comments_reported_idx); left to itself, a capped count
 * walks the primary key and reads ~50,000 rows to find 1,000 held ones.
 */
export async function countQueueTabs(db: Database): Promise<QueueCounts> {
  const capped = (where: Prisma.CommentWhereInput) => db.comment.count({ where, orderBy: { createdAt: 'desc' }, take: queueCountCap + 1 });
  const counts = await Promise.all(
    queueTabs.map(async (tab) =>
      Math.min(
        queueCountCap + 1,
        (await Promise.all(tabParts[tab].map(capped))).reduce((a, b) => a + b, 0),
      ),
    ),
  );
  return Object.fromEntries(queueTabs.map((tab, index) => [tab, counts[index]])) as QueueCounts;
}

/**
 * Ids are UUIDv7, ordered by creation time, so the primary key finds the newest comment and counts those
 * posted after the one the moderator's page showed (`sinceId`).
 */
export async function queueSummary(db: Database, sinceId?: string): Promise<QueueSummary> {
  const [counts, newest, newSince] = await Promise.all([
    countQueueTabs(db),
    db.comment.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }),
    sinceId ? db.comment.count({ where: { AND: [tabWhere('all'), { id: { gt: sinceId } }] }, take: queueCountCap + 1 }) : 0,
  ]);
  return { counts, newestId: newest?.id ?? null, newSince };
}
