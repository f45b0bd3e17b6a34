import { z } from 'zod';
import { parseKoreaDateTimeInput } from '@/lib/i18n/time';
import { articlePhotoCropsSchema } from '@/lib/media/schema';
import { staffText } from '@/lib/security/text';
import { withoutLeadingMarks } from '@/lib/text/leading-marks';
import { articleTagIdsSchema } from '@/lib/tags/schema';
import { articleTextSchema, slugSchema } from './schema';

/** One language column of the editor: the text without its locale, which the column says. Pages put `- ` before subtitles. */
export const editedTextSchema = articleTextSchema.omit({ locale: true }).extend({
  subtitles: z.array(z.string().overwrite(withoutLeadingMarks)).pipe(articleTextSchema.shape.subtitles),
});
export type EditedText = z.infer<typeof editedTextSchema>;

/** A Korea-time `datetime-local` value, read as the instant it names. */
export const koreaDateTimeSchema = z.string().transform((value, ctx) => {
  const date = parseKoreaDateTimeInput(value);
  if (!date) ctx.issues.push({ code: 'custom', message: 'dateTimeInvalid', input: value });
  return date ?? z.NEVER;
});

/** How the English text was made: the public disclaimer and the staleness notice follow from it. */
export const translationRecordSchema = z
  .object({
    method: z.enum(['HUMAN', 'MACHINE']),
    machineEngine: staffText().trim().max(60).nullable(),
    translatedAt: koreaDateTimeSchema.nullable(),
    reviewedById: z.uuid().nullable(),
    /** The translation now matches the Korean text as saved: it stops being stale. */
    markCurrent: z.boolean(),
  })
  .refine((record) => record.method !== 'MACHINE' || !!record.machineEngine, {
    path: ['machineEngine'],
    message: 'machineEngineRequired',
  });

const articleContentSchema = z.object({
  sectionId: z.uuid().nullable(),
  deskId: z.uuid().nullable(),
  authorIds: z
    .array(z.uuid())
    .min(1)
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length),
  /** Photos in order, the lead first; absent leaves them as they are. */
  photoIds: z.array(z.uuid()).max(50).optional(),
  /** The article's own crops per photo id (an empty object removes them); a photo not named keeps its crops. */
  photoCrops: z.record(z.uuid(), articlePhotoCropsSchema).optional(),
  /** Tags in order; absent leaves them as they are. */
  tagIds: articleTagIdsSchema.optional(),
  ko: editedTextSchema,
  /** Null: the article has no English version (any stored one is removed). */
  en: editedTextSchema.nullable(),
  translation: translationRecordSchema,
});

/** A save names the version it was edited from; a newer version in the database means someone else saved. */
export const articleSaveSchema = articleContentSchema.extend({
  articleId: z.uuid(),
  version: z.int().positive(),
  slug: slugSchema,
});
export type ArticleSave = z.infer<typeof articleSaveSchema>;
/** An article's own crops, by photo id. */
export type PhotoCrops = NonNullable<ArticleSave['photoCrops']>;
export type ArticleSaveInput = z.input<typeof articleSaveSchema>;

/** A new article: the same fields; an empty slug is made from the headline. */
export const articleCreateSchema = articleContentSchema.extend({
  slug: z.union([slugSchema, z.literal('').transform(() => undefined)]).optional(),
});
export type ArticleCreate = z.infer<typeof articleCreateSchema>;
export type ArticleCreateInput = z.input<typeof articleCreateSchema>;
