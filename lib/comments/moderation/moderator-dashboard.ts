import '#server-only';
import type { Database } from '@/lib/db/client';
import { queueCountCap } from './queue-href';
import { countQueueTabs, tabWhere } from './queue';

/** What the dashboard tells a moderator: comments waiting for a decision, and how many came since they last looked. */
export type ModeratorCounts = { reported: number; held: number; newSinceVisit: number; lastVisitAt: Date | null };

/** Opening the comment queue is a visit: the dashboard's "new" counts from here. */
export async function recordQueueVisit(db: Database, staffId: string, now = new Date()): Promise<void> {
  await db.staff.update({ where: { id: staffId }, data: { moderatorLastVisitAt: now } });
}

/**
 * The reported and held counts of the queue's tabs, and the comments readers can see or that wait for a moderator
 * posted since this staff member's last visit to the queue (all of them before a first visit), each capped like
 * the tabs (`queueCountCap` + 1 shows as "999+").
 */
export async function countModeratorDashboard(db: Database, staffId: string): Promise<ModeratorCounts> {
  const [counts, staff] = await Promise.all([
    countQueueTabs(db),
    db.staff.findUniqueOrThrow({ where: { id: staffId }, select: { moderatorLastVisitAt: true } }),
  ]);
  const lastVisitAt = staff.moderatorLastVisitAt;
  const newSinceVisit = await db.comment.count({
    where: { AND: [tabWhere('all'), ...(lastVisitAt ? [{ createdAt: { gt: lastVisitAt } }] : [])] },
    orderBy: { createdAt: 'desc' },
    take: queueCountCap + 1,
  });
  return { reported: counts.reported, held: counts.held, newSinceVisit, lastVisitAt };
}
