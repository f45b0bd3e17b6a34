import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { staffText } from '@/lib/security/text';

export const tagLimits = { nameKo: 40, nameEn: 60, perArticle: 10 } as const;

const tagName = (max: number) => staffText().trim().min(1, withCode('required')).max(max, withCode('tooLong'));
/** Shorter than an article's may be (ai): a tag's address is a word or two. */
const tagSlug = z
  .string()
  .trim()
  .min(2, withCode('slugInvalid'))
  .max(60, withCode('tooLong'))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, withCode('slugInvalid'));
/** A field left empty is derived: the English name from the Korean, the slug from the English name. */
const orDerived = <S extends z.ZodType>(schema: S) => z.union([z.literal('').transform(() => undefined), schema]).optional();

/** A new tag, typed in the editor or on the tags page: only the Korean name is required. */
export const tagCreateSchema = z.object({
  nameKo: tagName(tagLimits.nameKo),
  nameEn: orDerived(tagName(tagLimits.nameEn)),
  slug: orDerived(tagSlug),
});
export type TagCreate = z.output<typeof tagCreateSchema>;

/** Renaming a tag: both names and the address, all given. */
export const tagUpdateSchema = z.object({
  id: z.uuid(),
  nameKo: tagName(tagLimits.nameKo),
  nameEn: tagName(tagLimits.nameEn),
  slug: tagSlug,
});
export type TagUpdate = z.output<typeof tagUpdateSchema>;

/** Moving every article of one tag to another, then removing the first. */
export const tagMergeSchema = z
  .object({ id: z.uuid(), intoId: z.uuid(withCode('required')) })
  .refine(({ id, intoId }) => id !== intoId, { path: ['intoId'], error: 'invalid' });

/** An article's tags in order, as the editor saves them. */
export const articleTagIdsSchema = z
  .array(z.uuid())
  .max(tagLimits.perArticle, withCode('tooLong'))
  .refine((ids) => new Set(ids).size === ids.length);

/** A tag as staff pick it and readers see it linked. */
export type TagOption = { id: string; slug: string; nameKo: string; nameEn: string };
