import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { articlePhotoCropsSchema } from '@/lib/media/schema';
import { translationMethodSchema } from './schema';

const names = { nameKo: z.string(), nameEn: z.string() };

/** A timestamptz inside json arrives as ISO 8601 text with its offset. */
const jsonTimestamp = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** A photo with its texts in every language, as `photoJson` builds it. */
export const photoRowSchema = z.object({
  id: z.string(),
  storageKey: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  variantWidths: z.array(z.number().int()),
  focusX: z.number().nullable(),
  focusY: z.number().nullable(),
  /** This article's own crop rectangles for the photo (absent where a row is built without an article). */
  crops: articlePhotoCropsSchema.nullish(),
  texts: z.array(
    z.object({ locale: z.string(), alt: z.string(), caption: z.string(), credit: z.string().nullable(), copyright: z.string().nullable() }),
  ),
});

/** The photo `p` as JSON, with its texts and the crops of its use `ap` in the article. */
export const photoJson = Prisma.sql`json_build_object(
  'id', p.id, 'storageKey', p.storage_key, 'width', p.width, 'height', p.height, 'variantWidths', p.variant_widths,
  'focusX', p.focus_x, 'focusY', p.focus_y, 'crops', ap.crops,
  'texts', (SELECT coalesce(json_agg(json_build_object(
      'locale', pt.locale, 'alt', pt.alt, 'caption', pt.caption, 'credit', pt.credit, 'copyright', pt.copyright
    ) ORDER BY pt.locale), '[]')
    FROM photo_texts pt
    WHERE pt.photo_id = p.id)
)`;

export type PhotoRow = z.infer<typeof photoRowSchema>;

const articleViewRowSchema = z.object({
  slug: z.string(),
  publishedAt: z.date().nullable(),
  revisedAt: z.date().nullable(),
  commentCount: z.number().int(),
  desk: z.object(names).nullable(),
  authors: z.array(z.object({ ...names, contactEmail: z.string().nullable(), slug: z.string() })),
  texts: z.array(
    z.object({
      locale: z.string(),
      headline: z.string(),
      subtitles: z.array(z.string()),
      datelineCity: z.string(),
      datelineOutlet: z.string(),
      /** Validated by articleBodySchema once the page's text is picked. */
      body: z.unknown(),
      textVersion: z.number().int(),
      method: translationMethodSchema,
      machineEngine: z.string().nullable(),
      translatedFromVersion: z.number().int().nullable(),
    }),
  ),
  photos: z.array(photoRowSchema),
  corrections: z.array(z.object({ locale: z.string(), note: z.string(), createdAt: jsonTimestamp })),
  tags: z.array(z.object({ ...names, slug: z.string() })),
});

export type ArticleViewRow = z.infer<typeof articleViewRowSchema>;

/**
 * An article with its desk, bylines, texts, photos, corrections and tags in one statement (one round trip instead of one
 * per relation), each relation aggregated to JSON in a fixed order: texts by locale, bylines and photos by position,
 * corrections oldest first. `where` is a condition on the article, aliased `a`.
 */
export async function selectArticleViewRow(db: Database, where: Prisma.Sql): Promise<ArticleViewRow | null> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT
      a.slug,
      a.published_at AS "publishedAt",
      a.revised_at AS "revisedAt",
      a.comment_count AS "commentCount",
      (SELECT json_build_object('nameKo', d.name_ko, 'nameEn', d.name_en) FROM desks d WHERE d.id = a.desk_id) AS desk,
      (SELECT coalesce(json_agg(json_build_object('nameKo', s.name_ko, 'nameEn', s.name_en, 'contactEmail', s.contact_email, 'slug', s.slug) ORDER BY aa.position), '[]')
        FROM article_authors aa JOIN staff s ON s.id = aa.staff_id
        WHERE aa.article_id = a.id) AS authors,
      (SELECT coalesce(json_agg(json_build_object(
          'locale', t.locale, 'headline', t.headline, 'subtitles', t.subtitles,
          'datelineCity', t.dateline_city, 'datelineOutlet', t.dateline_outlet, 'body', t.body,
          'textVersion', t.text_version, 'method', t.method, 'machineEngine', t.machine_engine,
          'translatedFromVersion', t.translated_from_version
        ) ORDER BY t.locale), '[]')
        FROM article_texts t
        WHERE t.article_id = a.id) AS texts,
      (SELECT coalesce(json_agg(${photoJson} ORDER BY ap.position), '[]')
        FROM article_photos ap JOIN photos p ON p.id = ap.photo_id
        WHERE ap.article_id = a.id) AS photos,
      (SELECT coalesce(json_agg(json_build_object('locale', c.locale, 'note', c.note, 'createdAt', c.created_at) ORDER BY c.created_at, c.id), '[]')
        FROM corrections c
        WHERE c.article_id = a.id) AS corrections,
      (SELECT coalesce(json_agg(json_build_object('slug', tg.slug, 'nameKo', tg.name_ko, 'nameEn', tg.name_en) ORDER BY at.position), '[]')
        FROM article_tags at JOIN tags tg ON tg.id = at.tag_id
        WHERE at.article_id = a.id) AS tags
    FROM articles a
    WHERE ${where}
    LIMIT 1`;
  return rows[0] === undefined ? null : articleViewRowSchema.parse(rows[0]);
}
