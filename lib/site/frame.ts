import '#server-only';
import { findCurrentBreakingBanner, type BreakingBannerView } from '@/lib/breaking/banner';
import type { Database } from '@/lib/db/client';
import { listSections } from '@/lib/newsroom/sections';
import { islandsBootPath } from './islands';

export type SectionLink = { slug: string; nameKo: string; nameEn: string };

export type BreakingNews = Omit<BreakingBannerView, 'id' | 'startsAt'>;

/**
 * What every reader page has around its own content: the section navigation, the breaking banner while one is up,
 * and the script that starts its islands (named by its content, so the cached page and the script always come from
 * the same build).
 */
export type SiteFrame = { sections: SectionLink[]; breaking: BreakingNews | null; islandsBoot: string };

/**
 * Sections change a few times a year, and every page rendered for a reader lists them: kept in this process for a
 * minute, so a search or a listing costs one query less.
 */
const sectionsLifetimeMs = 60_000;
let kept: { at: number; sections: Promise<SectionLink[]> } | undefined;

function sectionLinks(db: Database): Promise<SectionLink[]> {
  const now = Date.now();
  if (!kept || now - kept.at > sectionsLifetimeMs) {
    const sections = listSections(db).then((rows) => rows.map(({ slug, nameKo, nameEn }) => ({ slug, nameKo, nameEn })));
    kept = { at: now, sections };
    // A failed read is not kept: the next page asks the database again.
    sections.catch(() => {
      if (kept?.sections === sections) kept = undefined;
    });
  }
  return kept.sections;
}

// The banner is read for every render, never kept: a page rendered just after it changed must show the change.
async function breakingNews(db: Database): Promise<BreakingNews | null> {
  const banner = await findCurrentBreakingBanner(db);
  return banner && { headlineKo: banner.headlineKo, headlineEn: banner.headlineEn, link: banner.link, endsAt: banner.endsAt };
}

export async function loadSiteFrame(db: Database): Promise<SiteFrame> {
  const [sections, breaking] = await Promise.all([sectionLinks(db), breakingNews(db)]);
  return { sections, breaking, islandsBoot: islandsBootPath() };
}

/**
 * How long a cached page may keep this frame: no later than the banner's end (its timer supersedes every page
 * then, lib/site/scheduled-changes.ts; this is the safety net), else the page's own interval.
 */
export function frameRevalidateSeconds(frame: SiteFrame, revalidate: number, now = Date.now()): number {
  if (!frame.breaking) return revalidate;
  return Math.max(1, Math.min(revalidate, Math.ceil((frame.breaking.endsAt.getTime() - now) / 1000)));
}
