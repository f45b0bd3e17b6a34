import '#server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { AuditAction } from './actions';

type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

export type AuditEntry = {
  actorId: string | null;
  /** What was done, as `area.verb`: `article.publish`, `staff.deactivate`; declared, with its sentence, in ./actions.ts. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  details?: Prisma.InputJsonValue;
};

/** Appends to the audit log; pass the transaction client so the entry commits with the change it records. */
export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: entry });
}
