import '#server-only';
import type { Database } from '@/lib/db/client';
import { listSections } from '@/lib/newsroom/sections';
import { islandsBootPath } from './islands';

export type SectionLink = { slug: string; nameKo: string; nameEn: string };

/**
 * What every reader page has around its own content: the section navigation, and the script that starts its
 * islands (named by its content, so the cached page and the script always come from the same build).
 */
export type SiteFrame = { sections: SectionLink[]; islandsBoot: string };

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

export async function loadSiteFrame(db: Database): Promise<SiteFrame> {
  return { sections: await sectionLinks(db), islandsBoot: islandsBootPath() };
}
