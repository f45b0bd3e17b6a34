import '#server-only';
import type { Database } from '@/lib/db/client';
import { readerVisible } from '@/lib/articles/queries';
import type { TagOption } from './schema';

const tagSelect = { id: true, slug: true, nameKo: true, nameEn: true } as const;

/** Every tag, for the editor's picker. */
export function listTagOptions(db: Database): Promise<TagOption[]> {
  return db.tag.findMany({ select: tagSelect, orderBy: { nameKo: 'asc' } });
}

export type TagWithCount = TagOption & { articleCount: number };

/** Every tag with how many articles carry it, for the tags page. */
export async function listTagsWithCounts(db: Database): Promise<TagWithCount[]> {
  const tags = await db.tag.findMany({ select: { ...tagSelect, _count: { select: { articles: true } } }, orderBy: { nameKo: 'asc' } });
  return tags.map(({ _count, ...tag }) => ({ ...tag, articleCount: _count.articles }));
}

export function findTag(db: Database, slug: string): Promise<TagOption | null> {
  return db.tag.findUnique({ where: { slug }, select: tagSelect });
}

/** Tags on at least one public article: the sitemap lists their pages, and an empty tag page is not worth a crawl. */
export async function listPublicTagSlugs(db: Database): Promise<string[]> {
  const tags = await db.tag.findMany({
    where: { articles: { some: { article: readerVisible() } } },
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  return tags.map((tag) => tag.slug);
}
