import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { RefusedError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/locales';
import { publicIn, slotsOf } from './queries';
import { secondaryLimits, type FrontArrangement } from './schema';

/** What the audit log keeps of an arrangement: the article ids in their places, the scheduled lead's instant. */
function auditView(slots: { kind: string; articleId: string; startsAt: Date | null }[]) {
  const ids = (kind: string) => slots.filter((slot) => slot.kind === kind).map((slot) => slot.articleId);
  const next = slots.find((slot) => slot.kind === 'LEAD' && slot.startsAt);
  return {
    lead: slots.find((slot) => slot.kind === 'LEAD' && !slot.startsAt)?.articleId ?? null,
    nextLead: next ? { articleId: next.articleId, startsAt: next.startsAt!.toISOString() } : null,
    secondary: ids('SECONDARY'),
    pinned: ids('PINNED'),
  };
}

/** The rules the schema cannot check: the row's size, each story once, scheduled in the future, every story public in the page's language. */
async function checkArrangement(db: Database, arrangement: FrontArrangement, now: Date): Promise<void> {
  const { locale, lead, nextLead, secondary, pinned } = arrangement;
  if (secondary.length > 0 && secondary.length < secondaryLimits.min) throw new RefusedError('front.refusals.secondaryCount', 400);
  const placed = [lead, ...secondary].filter((id) => id !== null);
  if (new Set(placed).size !== placed.length || new Set(pinned).size !== pinned.length)
    throw new RefusedError('front.refusals.duplicate', 400);
  if (nextLead && nextLead.startsAt <= now) throw new RefusedError('front.refusals.scheduleInPast', 400);
  const ids = [...new Set([...placed, ...(nextLead ? [nextLead.articleId] : []), ...pinned])];
  const found = await db.article.findMany({ where: { id: { in: ids }, ...publicIn(locale, now) }, select: { id: true, sectionId: true } });
  if (found.length !== ids.length) throw new RefusedError('front.refusals.unavailable', 400);
  if (pinned.some((id) => !found.find((article) => article.id === id)?.sectionId)) throw new RefusedError('front.refusals.noSection', 400);
}

/**
 * Replaces one language's front page arrangement, audited in the same transaction with what it was before.
 * An empty arrangement returns the page to its automatic layout.
 */
export async function saveFrontArrangement(db: Database, actorId: string, arrangement: FrontArrangement, now = new Date()) {
  await checkArrangement(db, arrangement, now);
  const { locale } = arrangement;
  const slots = slotsOf(arrangement);
  await db.$transaction(async (tx) => {
    const before = await tx.frontSlot.findMany({ where: { locale }, select: { kind: true, articleId: true, startsAt: true } });
    await tx.frontSlot.deleteMany({ where: { locale } });
    await tx.frontSlot.createMany({ data: slots.map((slot) => ({ ...slot, locale })) });
    await recordAudit(tx, {
      actorId,
      action: 'front.arrange',
      entityType: 'frontPage',
      entityId: locale,
      details: { before: auditView(before), after: auditView(slots) },
    });
  });
  return { locale };
}

/**
 * Takes articles that stopped being public (unpublished, archived) out of every front page slot, audited as the
 * site's own change; returns the languages whose front page changed. Most changes concern no placed article: they
 * cost one small read and no transaction.
 */
export async function releaseFromFront(db: Database, slugs: readonly string[]): Promise<Locale[]> {
  if (slugs.length === 0) return [];
  const gone = await db.frontSlot.findMany({
    where: { article: { slug: { in: [...slugs] }, status: { not: 'PUBLISHED' } } },
    select: { id: true, locale: true, kind: true, articleId: true },
  });
  if (gone.length === 0) return [];
  await db.$transaction(async (tx) => {
    await tx.frontSlot.deleteMany({ where: { id: { in: gone.map((slot) => slot.id) } } });
    for (const { locale, kind, articleId } of gone) {
      await recordAudit(tx, {
        actorId: null,
        action: 'front.release',
        entityType: 'frontPage',
        entityId: locale,
        details: { kind, articleId },
      });
    }
  });
  return [...new Set(gone.map((slot) => slot.locale as Locale))];
}
