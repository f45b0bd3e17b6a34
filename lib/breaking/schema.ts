import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { parseKoreaDateTimeInput } from '@/lib/i18n/time';
import { staffText } from '@/lib/security/text';
import { isBreakingLink } from './link';

/** How long a banner stays up: a fixed time from now, or until a Korea time the editor picks. */
export const breakingDurations = ['30m', '1h', '3h', 'until'] as const;
export type BreakingDuration = (typeof breakingDurations)[number];
export const breakingDurationMinutes: Record<Exclude<BreakingDuration, 'until'>, number> = { '30m': 30, '1h': 60, '3h': 180 };

export const breakingHeadlineLimits = { ko: 120, en: 200 } as const;

/** When the banner ends: so many minutes after it is put up, or at an instant. */
export type BreakingEnd = { minutes: number } | { at: Date };

const headline = (max: number) => staffText().trim().max(max, withCode('tooLong'));

/** The newsroom's form for a breaking banner; `until` is read only for the `until` duration. */
export const breakingBannerInputSchema = z
  .object({
    headlineKo: headline(breakingHeadlineLimits.ko).min(1, withCode('required')),
    headlineEn: headline(breakingHeadlineLimits.en)
      .nullish()
      .transform((value) => value || null),
    link: z.string(withCode('required')).trim().min(1, withCode('required')).refine(isBreakingLink, withCode('breakingLinkInvalid')),
    duration: z.enum(breakingDurations, withCode('required')),
    until: z.string().nullish(),
  })
  .transform(({ until, duration, ...banner }, ctx) => {
    const withEnd = (ends: BreakingEnd) => ({ ...banner, ends });
    if (duration !== 'until') return withEnd({ minutes: breakingDurationMinutes[duration] });
    const at = parseKoreaDateTimeInput(until ?? '');
    if (!at) {
      ctx.issues.push({ code: 'custom', path: ['until'], message: 'dateTimeInvalid', input: until });
      return z.NEVER;
    }
    return withEnd({ at });
  });

export type BreakingBannerInput = z.output<typeof breakingBannerInputSchema>;
export type BreakingField = keyof z.input<typeof breakingBannerInputSchema>;
