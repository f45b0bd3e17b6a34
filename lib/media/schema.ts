import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { staffText } from '@/lib/security/text';
import { withoutLeadingMarks } from '@/lib/text/leading-marks';
import type { ArticlePhotoCrops } from './crop-box';
import { photoTextLimits } from './text-fields';

// Issue messages are FieldErrorCodes of lib/i18n/admin-messages.ts, shown in the staff member's language.

/** Pages put `▲ ` before a caption and `© ` before the copyright: typed again, they would show twice. */
const unmarkedLine = () => staffText().overwrite(withoutLeadingMarks).trim();

const optionalLine = (max: number) =>
  unmarkedLine()
    .max(max, 'tooLong')
    .transform((text) => text || null);

/** What one language says about a photo: alt text for screen readers, the caption, 사진제공 and © lines. */
export const photoTextSchema = z.object({
  alt: staffText().trim().min(1, 'required').max(photoTextLimits.alt, 'tooLong'),
  caption: unmarkedLine().max(photoTextLimits.caption, 'tooLong'),
  credit: optionalLine(photoTextLimits.credit),
  copyright: optionalLine(photoTextLimits.copyright),
});
export type PhotoText = z.output<typeof photoTextSchema>;

/** A language whose fields are all empty was not written (yet): it is absent, not invalid. */
const isBlank = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.values(value).every((text) => typeof text === 'string' && !text.trim());
const unlessBlank = z.preprocess((value) => (isBlank(value) ? undefined : value), photoTextSchema.optional());

/** The edit form: Korean, the newsroom's language, is required; English may follow later. */
export const photoTextsSchema = z.object({ ko: photoTextSchema, en: unlessBlank });
/** An upload may describe the photo in either language, or leave it for the edit form. */
export const uploadTextsSchema = z.object({ ko: unlessBlank, en: unlessBlank });
export type PhotoTexts = Partial<Record<Locale, PhotoText>>;

/** A fraction of the photo's side, kept to thousandths: the cropped copies' keys name it (lib/media/urls.ts). */
const focusFraction = z
  .number()
  .min(0, 'invalid')
  .max(1, 'invalid')
  .transform((fraction) => Math.round(fraction * 1000) / 1000);

/** Where the photo's subject is: the point its cropped copies keep in frame. */
export const photoFocusSchema = z.object({ photoId: z.uuid(), x: focusFraction, y: focusFraction });

const cropFraction = z.number().min(0, 'invalid').max(1, 'invalid');

/** A rectangle drawn on the photo; its shape and place are made right by rectBox (lib/media/crop-box.ts). */
export const cropRectSchema = z.object({
  x: cropFraction,
  y: cropFraction,
  w: cropFraction.positive('invalid'),
  h: cropFraction.positive('invalid'),
});

/** An article's own rectangles for a photo, per shape; a shape left out is cut around the photo's focus. */
export const articlePhotoCropsSchema = z.strictObject({
  '16x9': cropRectSchema.optional(),
  '4x3': cropRectSchema.optional(),
  '1x1': cropRectSchema.optional(),
}) satisfies z.ZodType<ArticlePhotoCrops>;
