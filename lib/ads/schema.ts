import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { isWebAddress } from '@/lib/breaking/link';
import { parseKoreaDateTimeInput } from '@/lib/i18n/time';
import { staffText } from '@/lib/security/text';

/** The named places on reader pages where an ad may go: the front page's top, middle and side, and under each article. */
export const adSlotKeys = ['front-top', 'front-middle', 'sidebar', 'article-bottom'] as const;
export const adSlotKeySchema = z.enum(adSlotKeys);
export type AdSlotKey = z.infer<typeof adSlotKeySchema>;

export const adLimits = { alt: 200, href: 2000 } as const;

const alt = staffText().trim().min(1, withCode('required')).max(adLimits.alt, withCode('tooLong'));

const koreaTime = z
  .string(withCode('dateTimeInvalid'))
  .transform(
    (value, ctx) =>
      parseKoreaDateTimeInput(value) ?? (ctx.issues.push({ code: 'custom', message: 'dateTimeInvalid', input: value }), z.NEVER),
  );

/**
 * The newsroom's form for one slot's ad: the image (a photo uploaded through the upload route; none keeps the
 * current one), where it leads, its alt text in both languages, when it shows (Korea time in, instants out) and
 * whether it is on.
 */
export const adInputSchema = z
  .object({
    slot: adSlotKeySchema,
    photoId: z
      .union([z.uuid(withCode('photoInvalid')), z.literal('')])
      .nullish()
      .transform((value) => value || null),
    href: z
      .string(withCode('required'))
      .trim()
      .min(1, { ...withCode('required'), abort: true })
      .max(adLimits.href, { ...withCode('tooLong'), abort: true })
      .refine(isWebAddress, withCode('adLinkInvalid')),
    altKo: alt,
    altEn: alt,
    startsAt: koreaTime,
    endsAt: koreaTime,
    enabled: z
      .union([z.boolean(), z.literal('on')])
      .optional()
      .transform(Boolean),
  })
  .refine(({ startsAt, endsAt }) => endsAt > startsAt, { path: ['endsAt'], error: 'adEndBeforeStart' });

export type AdInput = z.output<typeof adInputSchema>;
export type AdField = keyof z.input<typeof adInputSchema>;
