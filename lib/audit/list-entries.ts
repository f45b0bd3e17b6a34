import '#server-only';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Locale } from '@/lib/i18n/locales';
import { koreaDaysRange } from '@/lib/i18n/time';
import { isAuditAction } from './actions';
import type { AuditFilter } from './audit-filter';
import { resolveAuditTargets, type AuditTarget, type AuditTargetKind, type TargetRef } from './audit-targets';
import { readDetails } from './sentence';

export const auditPageSize = 50;

export type AuditLogEntry = {
  id: bigint;
  action: string;
  entityType: string;
  entityId: string;
  details: Prisma.JsonValue;
  createdAt: Date;
  actor: { nameKo: string; nameEn: string } | null;
  /** What the entry is about, when it still exists and is one of the kinds the log links or names. */
  target: AuditTarget | null;
};

const targetKinds: readonly string[] = ['article', 'staff', 'photo', 'comment'] satisfies AuditTargetKind[];

/** The entity, or for entries about a slot or a setting (a front page's slot), the article named in the details. */
function targetRef(entry: { entityType: string; entityId: string; details: Prisma.JsonValue }): TargetRef | null {
  if (targetKinds.includes(entry.entityType)) return { kind: entry.entityType as AuditTargetKind, id: entry.entityId };
  const articleId = readDetails(entry.details, entry.entityId).text('articleId');
  return articleId ? { kind: 'article', id: articleId } : null;
}

function matching(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const createdAt = koreaDaysRange(filter.from, filter.to);
  return {
    ...(filter.who && { actorId: filter.who === 'system' ? null : filter.who }),
    ...(filter.what && {
      action: isAuditAction(filter.what) || filter.what.includes('.') ? filter.what : { startsWith: `${filter.what}.` },
    }),
    ...(createdAt && { createdAt }),
    ...(filter.before && { id: { lt: filter.before } }),
  };
}

/**
 * One page of the log, newest first, filtered by who, what (an area or one kind) and Korea-time days, with each
 * entry's target resolved in one more query for the whole page.
 */
export async function listAuditEntries(db: Database, filter: AuditFilter, locale: Locale) {
  const rows = await db.auditLog.findMany({
    where: matching(filter),
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
  const page = rows.slice(0, auditPageSize);
  const refs = page.map(targetRef);
  const targets = await resolveAuditTargets(
    db,
    refs.filter((ref) => ref !== null),
    locale,
  );
  const entries: AuditLogEntry[] = page.map((row, index) => {
    const ref = refs[index];
    return { ...row, target: (ref && targets.get(`${ref.kind}:${ref.id}`)) ?? null };
  });
  return { entries, olderCursor: rows.length > auditPageSize ? page.at(-1)!.id.toString() : null };
}

/** Everyone who may appear in the "who" filter: every account, active or not, by Korean name. */
export function listAuditActors(db: Database) {
  return db.staff.findMany({ select: { id: true, nameKo: true, nameEn: true }, orderBy: { nameKo: 'asc' } });
}
