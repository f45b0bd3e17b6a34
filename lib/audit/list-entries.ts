import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';

export const auditPageSize = 50;

/** `?before=` holds the id of the last entry shown: ids only grow, so newest first is highest id first. */
export const auditCursorSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/)
  .transform((digits) => BigInt(digits));

export async function listAuditEntries(db: Database, before: bigint | null) {
  const rows = await db.auditLog.findMany({
    where: before ? { id: { lt: before } } : undefined,
    orderBy: { id: 'desc' },
    take: auditPageSize + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      details: true,
      createdAt: true,
      actor: { select: { nameKo: true, nameEn: true } },
    },
  });
  const entries = rows.slice(0, auditPageSize);
  const hasOlder = rows.length > auditPageSize;
  return { entries, olderCursor: hasOlder ? entries.at(-1)!.id.toString() : null };
}
