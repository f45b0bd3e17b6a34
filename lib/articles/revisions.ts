import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { NotFoundError } from '@/lib/errors';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { articleBodySchema } from './body';
import { articleStatusSchema, articleTextSchema, translationMethodSchema } from './schema';

const snapshotTextSchema = articleTextSchema.extend({
  textVersion: z.int().positive(),
  method: translationMethodSchema,
  machineEngine: z.string().nullable(),
  translatedAt: z.iso.datetime().nullable(),
  translatedFromVersion: z.int().nullable(),
  reviewedById: z.uuid().nullable(),
});

/** What an article looked like after one save (ArticleRevision.snapshot): enough to compare or restore it. */
export const articleSnapshotSchema = z.object({
  slug: z.string(),
  status: articleStatusSchema,
  sectionId: z.uuid().nullable(),
  deskId: z.uuid().nullable(),
  authorIds: z.array(z.uuid()),
  photoIds: z.array(z.uuid()),
  texts: z.array(snapshotTextSchema),
});

export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;
export type SnapshotText = ArticleSnapshot['texts'][number];

export function snapshotText(snapshot: ArticleSnapshot, locale: Locale): SnapshotText | undefined {
  return snapshot.texts.find((text) => text.locale === locale);
}

/** Everything a snapshot is made of, as one query reads it (inside the save's transaction). */
export const snapshotSelect = {
  slug: true,
  status: true,
  sectionId: true,
  deskId: true,
  authors: { orderBy: { position: 'asc' }, select: { staffId: true } },
  photos: { orderBy: { position: 'asc' }, select: { photoId: true } },
  texts: { orderBy: { locale: 'desc' } },
} as const satisfies Prisma.ArticleSelect;

type SnapshotRow = Prisma.ArticleGetPayload<{ select: typeof snapshotSelect }>;

export function toSnapshot(row: SnapshotRow): ArticleSnapshot {
  return {
    slug: row.slug,
    status: row.status,
    sectionId: row.sectionId,
    deskId: row.deskId,
    authorIds: row.authors.map((a) => a.staffId),
    photoIds: row.photos.map((p) => p.photoId),
    texts: row.texts.map((text) => ({
      locale: text.locale as Locale,
      headline: text.headline,
      subtitles: text.subtitles,
      datelineCity: text.datelineCity,
      datelineOutlet: text.datelineOutlet,
      body: articleBodySchema.parse(text.body),
      textVersion: text.textVersion,
      method: text.method,
      machineEngine: text.machineEngine,
      translatedAt: text.translatedAt?.toISOString() ?? null,
      translatedFromVersion: text.translatedFromVersion,
      reviewedById: text.reviewedById,
    })),
  };
}

/** Reads the article as it now stands and stores it as the revision of `version`; call inside the save's transaction. */
export async function writeRevision(tx: Prisma.TransactionClient, articleId: string, version: number, authorId: string) {
  const row = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: snapshotSelect });
  const snapshot = toSnapshot(row);
  await tx.articleRevision.create({ data: { articleId, version, authorId, snapshot } });
  return snapshot;
}

/** The Korean headline, which names the article on its revisions page; null while it has none. */
export async function findSourceHeadline(db: Database, articleId: string): Promise<string | null> {
  const text = await db.articleText.findUnique({
    where: { articleId_locale: { articleId, locale: sourceLocale } },
    select: { headline: true },
  });
  return text?.headline ?? null;
}

export type RevisionSummary = { version: number; createdAt: Date; author: { nameKo: string; nameEn: string } | null };

export function listRevisions(db: Database, articleId: string): Promise<RevisionSummary[]> {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { version: true, createdAt: true, author: { select: { nameKo: true, nameEn: true } } },
  });
}

/**
 * The article as it stood at `version`: that version's revision, or the newest one before it, since workflow
 * steps (submit, publish…) move the version without changing what a revision records.
 */
export async function findSnapshotAt(db: Database, articleId: string, version: number): Promise<ArticleSnapshot | null> {
  const row = await db.articleRevision.findFirst({
    where: { articleId, version: { lte: version } },
    orderBy: { version: 'desc' },
    select: { snapshot: true },
  });
  return row ? articleSnapshotSchema.parse(row.snapshot) : null;
}

export async function findRevision(db: Database, articleId: string, version: number): Promise<ArticleSnapshot> {
  const row = await db.articleRevision.findUnique({ where: { articleId_version: { articleId, version } }, select: { snapshot: true } });
  if (!row) throw new NotFoundError('No such revision');
  return articleSnapshotSchema.parse(row.snapshot);
}
