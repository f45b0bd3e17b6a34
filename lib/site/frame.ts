import type { Database } from '@/lib/db/client';
import { listSections } from '@/lib/newsroom/sections';
import { islandsBootPath } from './islands';

export type SectionLink = { slug: string; nameKo: string; nameEn: string };

/**
 * What every reader page has around its own content: the section navigation, and the script that starts its
 * islands (named by its content, so the cached page and the script always come from the same build).
 */
export type SiteFrame = { sections: SectionLink[]; islandsBoot: string };

export async function loadSiteFrame(db: Database): Promise<SiteFrame> {
  const sections = await listSections(db);
  return { sections: sections.map(({ slug, nameKo, nameEn }) => ({ slug, nameKo, nameEn })), islandsBoot: islandsBootPath() };
}
