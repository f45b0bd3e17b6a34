import { z } from 'zod';
import { articleBodySchema } from '@/lib/articles/body';
import { decodeCursor } from '@/lib/articles/cursor';
import { translationMethodSchema } from '@/lib/articles/schema';
import { locales, sourceLocale } from '@/lib/i18n/locales';
import { cropAspectNames, type CropAspect } from '@/lib/media/crop-box';

/**
 * The content API's one description of itself: what each route takes (its query) and answers (its body). The
 * routes parse with the query schemas and build their answers through the answer schemas, and the OpenAPI document
 * (lib/content-api/openapi.ts) is generated from this very registry, so the two cannot drift apart. Messages are
 * codes of lib/content-api/messages.ts.
 */
export const contentApiRegistry = z.registry<{ id: string; description?: string }>();

const named = <S extends z.ZodType>(schema: S, id: string, description: string): S => {
  contentApiRegistry.add(schema, { id, description });
  return schema;
};

// Query parameters

/**
 * A query that names every parameter it does not take: a typo (`?sectoin=`) is a 400 naming it, not a silently
 * unfiltered list. (z.strictObject reports unknown keys on the object itself, with no field to name.)
 */
function strictQuery<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape).superRefine((query, ctx) => {
    for (const key of Object.keys(query)) {
      if (!Object.hasOwn(shape, key)) ctx.addIssue({ code: 'custom', path: [key], message: 'unknownParameter' });
    }
  });
}

const localeParameter = z
  .enum(locales, { error: 'locale' })
  .default(sourceLocale)
  .describe('Language of the texts: ko (the source) or en.');
const slugParameter = z.string({ error: 'slug' }).min(1, { error: 'slug' }).max(200, { error: 'slug' });

export const articleFilters = ['section', 'desk', 'tag', 'author'] as const;

export const articleListQuery = strictQuery({
  locale: localeParameter,
  section: slugParameter.optional().describe('Only articles of this section (its slug).'),
  desk: slugParameter.optional().describe('Only articles of this desk (its slug).'),
  tag: slugParameter.optional().describe('Only articles with this tag (its slug).'),
  author: slugParameter.optional().describe('Only articles with this byline (the reporter slug).'),
  after: z
    .string({ error: 'cursor' })
    .refine((cursor) => decodeCursor(cursor) !== null, { error: 'cursor' })
    .optional()
    .describe('The nextCursor of the previous page.'),
  limit: z.coerce
    .number({ error: 'limit' })
    .int({ error: 'limit' })
    .min(1, { error: 'limit' })
    .max(50, { error: 'limit' })
    .default(20)
    .describe('Articles per page, 1 to 50.'),
}).superRefine((query, ctx) => {
  const given = articleFilters.filter((filter) => query[filter] !== undefined);
  for (const extra of given.slice(1)) ctx.addIssue({ code: 'custom', path: [extra], message: 'oneFilter' });
});

export const articleQuery = strictQuery({ slug: slugParameter, locale: localeParameter });
export const sectionsQuery = strictQuery({ locale: localeParameter });
export const authorQuery = strictQuery({ slug: slugParameter, locale: localeParameter });
export const openApiQuery = strictQuery({});

// Answers

const timestamp = z.iso.datetime().describe('ISO 8601, UTC.');
const absoluteUrl = z.url();
const localeSchema = z.enum(locales);

const variantsSchema = z.array(
  z.object({ url: absoluteUrl, type: z.string().describe('MIME type, e.g. image/avif.'), width: z.number().int() }),
);

const cropSchema = z.object({
  url: absoluteUrl.describe('The largest copy in this shape.'),
  width: z.number().int(),
  height: z.number().int(),
  position: z.string().describe('Where the subject is, as CSS object-position: keeps it in view when the copy is cut further.'),
  variants: variantsSchema,
});

export const photoSchema = named(
  z.object({
    id: z.uuid(),
    url: absoluteUrl.describe('The original upload.'),
    width: z.number().int(),
    height: z.number().int(),
    alt: z.string(),
    caption: z.string(),
    credit: z.string().nullable(),
    copyright: z.string().nullable(),
    variants: variantsSchema.describe('Every resized copy, in each format.'),
    crops: z
      .object(Object.fromEntries(cropAspectNames.map((aspect) => [aspect, cropSchema])) as Record<CropAspect, typeof cropSchema>)
      .describe(
        'The photo in each shape the site shows it in (16x9 lead, 4x3 and 1x1 thumbnails): copies cut around the focus an editor set, else the whole photo centred.',
      ),
  }),
  'Photo',
  'A photo with its texts in the requested language (or the Korean source) and every resized copy.',
);

const linkedName = z.object({ slug: z.string(), name: z.string(), url: absoluteUrl });

export const articleSummarySchema = named(
  z.object({
    slug: z.string(),
    locale: localeSchema.describe('Language of the texts: the requested one, or Korean where there is no translation.'),
    headline: z.string(),
    subtitles: z.array(z.string()),
    publishedAt: timestamp,
    url: absoluteUrl,
    leadPhoto: photoSchema.nullable(),
  }),
  'ArticleSummary',
  'An article as lists show it.',
);

export const articlePageSchema = named(
  z.object({
    items: z.array(articleSummarySchema),
    nextCursor: z.string().nullable().describe('Pass as `after` for the next page; null on the last page.'),
  }),
  'ArticlePage',
  'Published articles, newest first.',
);

export const bodyDocumentSchema = named(articleBodySchema, 'BodyDocument', 'The body as stored: a ProseMirror document.');

export const articleSchema = named(
  z.object({
    slug: z.string(),
    locale: localeSchema.describe('Language of the texts: the requested one, or Korean where there is no translation.'),
    availableLocales: z.array(localeSchema),
    headline: z.string(),
    subtitles: z.array(z.string()),
    dateline: z.object({ city: z.string(), outlet: z.string(), desk: z.string().nullable() }),
    section: linkedName.nullable(),
    byline: z
      .array(z.object({ name: z.string(), slug: z.string(), contactEmail: z.string().nullable(), url: absoluteUrl }))
      .describe('Public names and contact addresses only.'),
    publishedAt: timestamp,
    updatedAt: timestamp.describe('The last change readers can see; the publication time when there was none.'),
    body: z.object({
      document: bodyDocumentSchema,
      html: z.string().describe('The body as sanitised HTML, as the article page shows it.'),
    }),
    photos: z.array(photoSchema),
    translation: z.object({
      method: translationMethodSchema,
      engine: z.string().nullable(),
      translatedAt: timestamp.nullable(),
      reviewed: z.boolean(),
      stale: z.boolean().describe('The Korean source changed after this translation was made.'),
    }),
    corrections: z.array(z.object({ note: z.string(), createdAt: timestamp })),
    tags: z.array(linkedName),
    urls: z.object({
      canonical: absoluteUrl,
      alternates: z.partialRecord(z.enum([...locales, 'x-default']), absoluteUrl),
    }),
  }),
  'Article',
  'A published article in full.',
);

export const sectionListSchema = named(
  z.object({ items: z.array(z.object({ slug: z.string(), name: z.string(), nameKo: z.string(), nameEn: z.string(), url: absoluteUrl })) }),
  'SectionList',
  'The sections, in the order of the site navigation.',
);

export const authorSchema = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    contactEmail: z.string().nullable(),
    desk: z.object({ slug: z.string(), name: z.string() }).nullable(),
    bio: z.object({ locale: localeSchema, text: z.string() }).nullable(),
    url: absoluteUrl,
  }),
  'Author',
  'A reporter with a byline on a published article.',
);

export const failureSchema = named(
  z.object({
    error: z.string().describe('A sentence in Korean and English.'),
    fieldErrors: z.record(z.string(), z.array(z.string())).describe('Sentences by the name of the parameter at fault.'),
  }),
  'Failure',
  'Every refusal: 400, 401, 404, 429 (with Retry-After), 503.',
);

export type ArticleListQuery = z.output<typeof articleListQuery>;
export type Photo = z.output<typeof photoSchema>;
export type ArticleSummaryAnswer = z.output<typeof articleSummarySchema>;
export type ArticlePageAnswer = z.output<typeof articlePageSchema>;
export type ArticleAnswer = z.output<typeof articleSchema>;
export type SectionListAnswer = z.output<typeof sectionListSchema>;
export type AuthorAnswer = z.output<typeof authorSchema>;
