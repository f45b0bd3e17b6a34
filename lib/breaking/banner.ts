import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { linkedArticleSlug } from './link';
import type { BreakingBannerInput, BreakingEnd } from './schema';

export type BreakingBannerView = { id: string; headlineKo: string; headlineEn: string | null; link: string; startsAt: Date; endsAt: Date };

const bannerView = { id: true, headlineKo: true, headlineEn: true, link: true, startsAt: true, endsAt: true } as const;

/** Shown at `now`: started and not ended. */
const shownAt = (now: Date) => ({ startsAt: { lte: now }, endsAt: { gt: now } });

/** The banner every reader page shows at `now`, if any (the latest started, should two overlap). */
export function findCurrentBreakingBanner(db: Database, now = new Date()): Promise<BreakingBannerView | null> {
  return db.breakingBanner.findFirst({ where: shownAt(now), orderBy: { startsAt: 'desc' }, select: bannerView });
}

/** The next moment after `now` at which what readers see changes by itself: a banner's start or end. */
export async function nextBreakingChange(db: Database, now = new Date()): Promise<Date | null> {
  const coming = await db.breakingBanner.findMany({ where: { endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } });
  const times = coming.flatMap(({ startsAt, endsAt }) => [startsAt, endsAt]).filter((time) => time > now);
  return times.length === 0 ? null : new Date(Math.min(...times.map((time) => time.getTime())));
}

function endOf(ends: BreakingEnd, now: Date): Date {
  const endsAt = 'minutes' in ends ? new Date(now.getTime() + ends.minutes * 60_000) : ends.at;
  if (endsAt <= now) throw new InvalidInputError({ until: ['scheduleInPast'] });
  return endsAt;
}

/** A link to an article of this site must lead to one readers can open. */
async function checkLinkedArticle(db: Database, link: string): Promise<void> {
  const slug = linkedArticleSlug(link);
  if (!slug) return;
  const article = await db.article.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { id: true } });
  if (!article) throw new InvalidInputError({ link: ['breakingArticleMissing'] });
}

/** Puts up a banner from `now`; the one shown until then, if any, ends at the same moment (one banner at a time). */
export async function setBreakingBanner(
  db: Database,
  actorId: string,
  input: BreakingBannerInput,
  now = new Date(),
): Promise<BreakingBannerView> {
  const endsAt = endOf(input.ends, now);
  await checkLinkedArticle(db, input.link);
  const { headlineKo, headlineEn, link } = input;
  return db.$transaction(async (tx) => {
    await tx.breakingBanner.updateMany({ where: shownAt(now), data: { endsAt: now } });
    const banner = await tx.breakingBanner.create({ data: { headlineKo, headlineEn, link, startsAt: now, endsAt }, select: bannerView });
    await recordAudit(tx, {
      actorId,
      action: 'breaking.set',
      entityType: 'breakingBanner',
      entityId: banner.id,
      details: { headlineKo, headlineEn, link, endsAt: endsAt.toISOString() },
    });
    return banner;
  });
}

/** Ends the banner at `now`; false when it had already ended. */
export function takeDownBreakingBanner(db: Database, actorId: string, id: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.breakingBanner.updateMany({ where: { id, ...shownAt(now) }, data: { endsAt: now } });
    if (count === 0) return false;
    await recordAudit(tx, { actorId, action: 'breaking.takeDown', entityType: 'breakingBanner', entityId: id });
    return true;
  });
}
