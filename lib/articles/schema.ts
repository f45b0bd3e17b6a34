import { z } from 'zod';
import { staffText } from '@/lib/security/text';
import { ArticleStatus, TranslationMethod } from '@/lib/db/generated/enums';
import { locales } from '@/lib/i18n/locales';
import { articleBodySchema } from './body';

export const articleStatusSchema = z.enum(ArticleStatus);
export const translationMethodSchema = z.enum(TranslationMethod);

export const slugSchema = z
  .string()
  .trim()
  .min(3)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

/** One language version of an article, as reporters write it. */
export const articleTextSchema = z.object({
  locale: z.enum(locales),
  headline: staffText().trim().min(1).max(200),
  subtitles: z.array(staffText().trim().min(1).max(300)).max(5),
  datelineCity: staffText().trim().min(1).max(40),
  datelineOutlet: staffText().trim().min(1).max(60),
  body: articleBodySchema,
});

export type ArticleTextInput = z.infer<typeof articleTextSchema>;
