import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { InvalidInputError, NotFoundError, RefusedError } from '@/lib/errors';
import { readerVisible } from '@/lib/articles/queries';
import { englishNameFrom, tagSlugFrom } from './naming';
import type { TagCreate, TagOption, TagUpdate } from './schema';

type Tx = Prisma.TransactionClient;

const tagSelect = { id: true, slug: true, nameKo: true, nameEn: true } as const;

/** What a change to tags leaves behind: the tag, and the public articles whose pages show its name. */
export type TagChange = { tag: TagOption | null; readerSlugs: string[] };

/**
 * Pages of the newest public articles carrying these tags, to render anew. A widely used tag's older articles
 * show the new name once their page's interval (5 minutes) has passed, rather than each render at once.
 */
const revalidatedArticles = 100;

async function publicArticleSlugs(db: Tx | Database, tagIds: readonly string[]): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { ...readerVisible(), tags: { some: { tagId: { in: [...tagIds] } } } },
    orderBy: { publishedAt: 'desc' },
    take: revalidatedArticles,
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}

/** `base`, or `base-2`, `base-3`… whichever no other tag has. */
async function uniqueTagSlug(db: Tx, base: string): Promise<string> {
  const taken = new Set((await db.tag.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** P2002 on a tag: a unique name or slug taken meanwhile, which the form shows beside its field. */
async function refuseTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') throw error;
    const fields = JSON.stringify(error.meta ?? {});
    if (fields.includes('slug')) throw new InvalidInputError({ slug: ['slugTaken'] });
    throw new RefusedError('tags.nameTaken', 400, { field: 'nameKo' });
  }
}

async function assertFree(db: Tx, { nameKo, slug }: { nameKo: string; slug?: string }, exceptId?: string) {
  const other = { ...(exceptId && { id: { not: exceptId } }) };
  if (await db.tag.findFirst({ where: { nameKo, ...other }, select: { id: true } })) {
    throw new RefusedError('tags.nameTaken', 400, { field: 'nameKo' });
  }
  if (slug && (await db.tag.findFirst({ where: { slug, ...other }, select: { id: true } }))) {
    throw new InvalidInputError({ slug: ['slugTaken'] });
  }
}

/** A new tag; the English name and the address are derived from the Korean name where left empty. */
export function createTag(db: Database, actorId: string, input: TagCreate): Promise<TagOption> {
  return refuseTaken(() =>
    db.$transaction(async (tx) => {
      await assertFree(tx, input);
      const nameEn = input.nameEn ?? englishNameFrom(input.nameKo);
      const slug = input.slug ?? (await uniqueTagSlug(tx, tagSlugFrom(input.nameEn ?? nameEn)));
      const tag = await tx.tag.create({ data: { nameKo: input.nameKo, nameEn, slug }, select: tagSelect });
      await recordAudit(tx, {
        actorId,
        action: 'tag.create',
        entityType: 'tag',
        entityId: tag.id,
        details: { nameKo: tag.nameKo, nameEn, slug },
      });
      return tag;
    }),
  );
}

/** Renames a tag (either name, the address or all three); its articles' pages show the new names. */
export function updateTag(db: Database, actorId: string, { id, ...data }: TagUpdate): Promise<TagChange> {
  return refuseTaken(() =>
    db.$transaction(async (tx) => {
      const before = await tx.tag.findUnique({ where: { id }, select: { nameKo: true, nameEn: true, slug: true } });
      if (!before) throw new NotFoundError('No such tag');
      await assertFree(tx, data, id);
      const tag = await tx.tag.update({ where: { id }, data, select: tagSelect });
      await recordAudit(tx, { actorId, action: 'tag.update', entityType: 'tag', entityId: id, details: { before, after: data } });
      return { tag, readerSlugs: await publicArticleSlugs(tx, [id]) };
    }),
  );
}

/**
 * Moves every article of tag `id` to tag `intoId` (after the article's own tags, where it lacks it) and removes
 * `id`: two names for one topic become one page.
 */
export function mergeTags(db: Database, actorId: string, { id, intoId }: { id: string; intoId: string }): Promise<TagChange> {
  return db.$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.tag.findUnique({ where: { id }, select: tagSelect }),
      tx.tag.findUnique({ where: { id: intoId }, select: tagSelect }),
    ]);
    if (!from || !into) throw new NotFoundError('No such tag');
    const readerSlugs = await publicArticleSlugs(tx, [id]);
    await tx.$executeRaw`
      INSERT INTO article_tags (article_id, tag_id, position)
      SELECT moved.article_id, ${intoId}::uuid,
        (SELECT coalesce(max(own.position), -1) + 1 FROM article_tags own WHERE own.article_id = moved.article_id)
      FROM article_tags moved
      WHERE moved.tag_id = ${id}::uuid
      ON CONFLICT DO NOTHING`;
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: 'tag.merge',
      entityType: 'tag',
      entityId: intoId,
      details: { merged: { id, nameKo: from.nameKo, slug: from.slug } },
    });
    return { tag: into, readerSlugs };
  });
}

/** An article's tags, in the order given, inside the article's save; an unknown tag refuses the save. */
export async function writeArticleTags(tx: Tx, articleId: string, tagIds: readonly string[]): Promise<void> {
  const known = await tx.tag.count({ where: { id: { in: [...tagIds] } } });
  if (known !== tagIds.length) throw new InvalidInputError({ tagIds: ['invalid'] });
  await tx.articleTag.deleteMany({ where: { articleId } });
  await tx.articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId, tagId, position })) });
}
