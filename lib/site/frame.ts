import type { Database } from '@/lib/db/client';
import { listSections } from '@/lib/newsroom/sections';

export type SectionLink = { slug: string; nameKo: string; nameEn: string };

/** What every reader page shows around its own content: the section navigation. */
export type SiteFrame = { sections: SectionLink[] };

export async function loadSiteFrame(db: Database): Promise<SiteFrame> {
  const sections = await listSections(db);
  return { sections: sections.map(({ slug, nameKo, nameEn }) => ({ slug, nameKo, nameEn })) };
}
