import type { Database } from '@/lib/db/client';

/** The reference article's topics: its city, the exchange it reports and the libraries the exchange is about. */
export const seedTags = [
  { slug: 'namyangju', nameKo: '남양주', nameEn: 'Namyangju' },
  { slug: 'international-exchange', nameKo: '국제교류', nameEn: 'International exchange' },
  { slug: 'libraries', nameKo: '도서관', nameEn: 'Libraries' },
];

/** Adds the tags that are missing (tags staff have renamed since are left alone), and gives them to a new article. */
export async function seedArticleTags(db: Database, articleId: string | null): Promise<void> {
  const tags = [];
  for (const tag of seedTags) tags.push(await db.tag.upsert({ where: { slug: tag.slug }, update: {}, create: tag }));
  if (!articleId) return;
  await db.articleTag.createMany({ data: tags.map((tag, position) => ({ articleId, tagId: tag.id, position })), skipDuplicates: true });
}
