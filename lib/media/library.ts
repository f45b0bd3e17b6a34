import '#server-only';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '@/lib/articles/cursor';
import { pickText } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import type { Locale } from '@/lib/i18n/locales';
import type { Focus } from './crop-box';
import type { PhotoTexts } from './schema';
import { mediaUrl, variantKey } from './urls';

/** A photo as the library grid and the picker show it; `alt` is empty when no language describes it yet. */
export type LibraryPhoto = {
  id: string;
  src: string;
  thumbnail: string;
  width: number;
  height: number;
  byteSize: number;
  alt: string;
};

export type LibraryPage = { items: LibraryPhoto[]; nextCursor: string | null };

const librarySelect = {
  id: true,
  createdAt: true,
  storageKey: true,
  width: true,
  height: true,
  byteSize: true,
  variantWidths: true,
  texts: { select: { locale: true, alt: true } },
} as const;

type LibraryRow = Prisma.PhotoGetPayload<{ select: typeof librarySelect }>;

/** The smallest WebP copy: a grid of originals would download megabytes per photo. */
function thumbnailUrl(storageKey: string, variantWidths: readonly number[]): string {
  const smallest = variantWidths[0];
  return mediaUrl(smallest ? variantKey(storageKey, smallest, 'webp') : storageKey);
}

function toLibraryPhoto(row: LibraryRow, locale: Locale): LibraryPhoto {
  return {
    id: row.id,
    src: mediaUrl(row.storageKey),
    thumbnail: thumbnailUrl(row.storageKey, row.variantWidths),
    width: row.width,
    height: row.height,
    byteSize: row.byteSize,
    alt: pickText(row.texts, locale)?.alt ?? '',
  };
}

/**
 * Newest uploads first, by keyset on (createdAt, id) like the article lists, so uploads made while someone
 * pages never shift what the next page shows. A cursor this site did not make reads as the first page.
 */
export async function listPhotos(
  db: Database,
  locale: Locale,
  { after, limit = 24 }: { after?: string; limit?: number } = {},
): Promise<LibraryPage> {
  const cursor = after ? decodeCursor(after) : null;
  const rows = await db.photo.findMany({
    where: cursor
      ? { createdAt: { lte: cursor.publishedAt }, OR: [{ createdAt: { lt: cursor.publishedAt } }, { id: { lt: cursor.id } }] }
      : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: librarySelect,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toLibraryPhoto(row, locale)),
    nextCursor: rows.length > limit && last ? encodeCursor({ publishedAt: last.createdAt, id: last.id }) : null,
  };
}

/** The given photos in the given order; ids with no photo are left out. */
export async function findLibraryPhotos(db: Database, locale: Locale, ids: readonly string[]): Promise<LibraryPhoto[]> {
  const rows = await db.photo.findMany({ where: { id: { in: [...ids] } }, select: librarySelect });
  const byId = new Map(rows.map((row) => [row.id, toLibraryPhoto(row, locale)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type EditablePhoto = LibraryPhoto & {
  mimeType: string;
  texts: PhotoTexts;
  /** Null until an editor sets it. */
  focus: Focus | null;
  /** What canEditPhotoTexts (lib/auth/permissions.ts) decides on: the uploader and every article using the photo. */
  access: { uploadedById: string | null; articleStatuses: ArticleStatus[] };
};

/** Null for an id that is not one (it came from the address bar) as for one that names no photo. */
export async function findEditablePhoto(db: Database, locale: Locale, id: string): Promise<EditablePhoto | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.photo.findUnique({
    where: { id },
    select: {
      ...librarySelect,
      mimeType: true,
      focusX: true,
      focusY: true,
      uploadedById: true,
      texts: { select: { locale: true, alt: true, caption: true, credit: true, copyright: true } },
      articles: { select: { article: { select: { status: true } } } },
    },
  });
  if (!row) return null;
  const texts: PhotoTexts = Object.fromEntries(row.texts.map(({ locale: textLocale, ...text }) => [textLocale, text]));
  const access = { uploadedById: row.uploadedById, articleStatuses: row.articles.map(({ article }) => article.status) };
  const focus = row.focusX === null || row.focusY === null ? null : { x: row.focusX, y: row.focusY };
  return { ...toLibraryPhoto(row, locale), mimeType: row.mimeType, texts, focus, access };
}
