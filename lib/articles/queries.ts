import '#server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { localName } from '@/lib/i18n/local-name';
import { isLocale, sourceLocale, type Locale } from '@/lib/i18n/locales';
import type { CropAspect } from '@/lib/media/crop-box';
import { framedPhotos, type FramedPhoto } from '@/lib/media/framed';
import { mediaUrl, responsiveSources, type ImageSource } from '@/lib/media/urls';
import { selectArticleViewRow, type ArticleViewRow, type PhotoRow } from './article-view-row';
import { articleBodySchema, type ArticleBody } from './body';
import { isTranslationStale } from './staleness';

export const readerVisible = () => ({ status: 'PUBLISHED' as const, publishedAt: { lte: new Date() } });

/** The requested language when it exists, else the source, so a missing translation never blanks a page. */
export function pickText<T extends { locale: string }>(texts: readonly T[], locale: Locale): T | undefined {
  return texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === sourceLocale) ?? texts[0];
}

export type PhotoView = {
  id: string;
  /** The original, for browsers that take no `<source>` and for social cards. */
  src: string;
  sources: ImageSource[];
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string | null;
  copyright: string | null;
  /** The photo in each shape pages crop it to: cut from this article's rectangle, else around its focus once an editor set one. */
  framed: Record<CropAspect, FramedPhoto>;
};

export function toPhotoView(photo: PhotoRow, locale: Locale): PhotoView {
  const text = pickText(photo.texts, locale);
  return {
    id: photo.id,
    src: mediaUrl(photo.storageKey),
    sources: responsiveSources(photo.storageKey, photo.variantWidths),
    width: photo.width,
    height: photo.height,
    alt: text?.alt ?? '',
    caption: text?.caption ?? '',
    credit: text?.credit ?? null,
    copyright: text?.copyright ?? null,
    framed: framedPhotos({ ...photo, focus: photo.focusX === null || photo.focusY === null ? null : { x: photo.focusX, y: photo.focusY } }),
  };
}

export type ArticleSummary = {
  slug: string;
  /** Language of the headline: the page's, or the Korean source where there is no translation. */
  textLocale: string;
  headline: string;
  subtitles: string[];
  publishedAt: Date;
  leadPhoto: PhotoView | null;
};

export type ArticleView = {
  slug: string;
  /** Languages this article has a text in: its hreflang alternates. */
  availableLocales: Locale[];
  /** The language of the text shown; differs from the page's when the translation is missing. */
  textLocale: string;
  headline: string;
  subtitles: string[];
  body: ArticleBody;
  datelineCity: string;
  datelineOutlet: string;
  desk: string | null;
  publishedAt: Date;
  revisedAt: Date | null;
  /** The public contact address only: the sign-in address never reaches a reader page. */
  authors: { name: string; contactEmail: string | null; slug: string }[];
  photos: PhotoView[];
  translation: { method: string; machineEngine: string | null; stale: boolean };
  /** Dated correction notes in the language of the text shown, oldest first. */
  corrections: { note: string; createdAt: Date }[];
  /** Languages whose text carries a correction, so readers of one version learn the other was corrected. */
  correctedLocales: Locale[];
  /** Comments readers can see, kept with the article (articles.comment_count), so the page needs no count. */
  commentCount: number;
  /** Its tags in the page's language, in the order staff gave them. */
  tags: { slug: string; name: string }[];
};

function toArticleView(row: ArticleViewRow, locale: Locale, publishedAt: Date): ArticleView | null {
  const text = pickText(row.texts, locale);
  if (!text) return null;
  const source = row.texts.find((t) => t.locale === sourceLocale);
  return {
    slug: row.slug,
    availableLocales: row.texts.map((t) => t.locale).filter(isLocale),
    textLocale: text.locale,
    headline: text.headline,
    subtitles: text.subtitles,
    body: articleBodySchema.parse(text.body),
    datelineCity: text.datelineCity,
    datelineOutlet: text.datelineOutlet,
    desk: row.desk ? localName(row.desk, locale) : null,
    publishedAt,
    revisedAt: row.revisedAt,
    authors: row.authors.map((staff) => ({ name: localName(staff, locale), contactEmail: staff.contactEmail, slug: staff.slug })),
    photos: row.photos.map((photo) => toPhotoView(photo, locale)),
    translation: {
      method: text.method,
      machineEngine: text.machineEngine,
      stale: isTranslationStale(text, source),
    },
    corrections: row.corrections.filter((c) => c.locale === text.locale).map(({ note, createdAt }) => ({ note, createdAt })),
    correctedLocales: [...new Set(row.corrections.map((c) => c.locale))].filter(isLocale),
    commentCount: row.commentCount,
    tags: row.tags.map((tag) => ({ slug: tag.slug, name: localName(tag, locale) })),
  };
}

export async function findPublishedArticle(db: Database, slug: string, locale: Locale): Promise<ArticleView | null> {
  const { status, publishedAt } = readerVisible();
  const row = await selectArticleViewRow(
    db,
    Prisma.sql`a.slug = ${slug} AND a.status = ${status}::"ArticleStatus" AND a.published_at <= ${publishedAt.lte}`,
  );
  return row?.publishedAt ? toArticleView(row, locale, row.publishedAt) : null;
}

/** Any article as its page would show it, published or not, for staff previews; a draft shows `now` as its time. */
export async function findArticlePreview(db: Database, articleId: string, locale: Locale, now = new Date()): Promise<ArticleView | null> {
  const row = await selectArticleViewRow(db, Prisma.sql`a.id = ${articleId}::uuid`);
  return row && toArticleView(row, locale, row.publishedAt ?? now);
}

/** Every published article's address and last change, for the sitemap. */
export function listPublishedForSitemap(db: Database) {
  return db.article.findMany({
    where: readerVisible(),
    orderBy: { publishedAt: 'desc' },
    select: { slug: true, publishedAt: true, revisedAt: true, texts: { select: { locale: true } } },
  });
}
