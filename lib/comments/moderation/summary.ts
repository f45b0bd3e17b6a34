import '#server-only';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { queueCountCap, queueTabs, type QueueTab } from './queue-href';
import { tabParts, tabWhere } from './queue';

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
    queueTabs.map(async (tab) => Math.min(queueCountCap + 1, (await Promise.all(tabParts[tab].map(capped))).reduce((a, b) => a + b, 0))),
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
