import { z } from 'zod';
import type { FieldErrorCode } from '@/lib/i18n/admin-messages';
import { withCode } from '@/lib/actions/codes';
import { isStorableText } from '@/lib/security/text';
import { moderationReasons } from '../reader/reader-schema';
import {
  banPeriods,
  banReasonMax,
  bannedWordMax,
  moderationBatchMax,
  moderationNoteMax,
  reportThresholdRange,
  type BanPeriod,
} from './moderation-limits';

// Each message is a code of lib/i18n/admin-messages.ts `fieldErrors`, shown in the moderator's language.

const note = z
  .string()
  .transform((value) => value.normalize('NFC').trim())
  .pipe(z.string().max(moderationNoteMax, withCode('tooLong')).refine(isStorableText, withCode('invalidCharacters')))
  .transform((value) => value || undefined);

const commentIds = z
  .array(z.uuid(withCode('invalid')), withCode('required'))
  .min(1, withCode('required'))
  .max(moderationBatchMax, withCode('tooLong'));

/** What a moderator does to a batch of comments; deleting needs a reason, and "other" needs a note saying which. */
export const moderationInputSchema = z
  .object({
    action: z.enum(['delete', 'approve', 'restore'], withCode('invalid')),
    ids: commentIds.transform((ids) => [...new Set(ids)]),
    reason: z.enum(moderationReasons, withCode('moderationReasonRequired')).optional(),
    note: note.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.action === 'delete' && !input.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'moderationReasonRequired' satisfies FieldErrorCode });
    if (input.reason === 'OTHER' && !input.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'moderationNoteRequired' satisfies FieldErrorCode });
  });
export type ModerationInput = z.output<typeof moderationInputSchema>;

const ipHashPattern = /^[0-9a-f]{64}$/u;

/** Bans the nicknames or address hashes of the comments a moderator picked. */
export const banInputSchema = z
  .object({
    kind: z.enum(['NICKNAME', 'IP_HASH'], withCode('invalid')),
    values: z
      .array(
        z
          .string()
          .transform((value) => value.normalize('NFC').trim())
          .pipe(
            z.string().min(1, withCode('required')).max(100, withCode('tooLong')).refine(isStorableText, withCode('invalidCharacters')),
          ),
      )
      .min(1, withCode('required'))
      .max(moderationBatchMax, withCode('tooLong')),
    period: z.enum(Object.keys(banPeriods) as [BanPeriod, ...BanPeriod[]], withCode('required')),
    reason: z
      .string(withCode('required'))
      .transform((value) => value.normalize('NFC').trim())
      .pipe(
        z
          .string()
          .min(1, withCode('required'))
          .max(banReasonMax, withCode('tooLong'))
          .refine(isStorableText, withCode('invalidCharacters')),
      ),
    deleteExisting: z.boolean(withCode('invalid')).default(false),
  })
  .superRefine((input, ctx) => {
    if (input.kind !== 'IP_HASH') return;
    input.values.forEach((value, index) => {
      if (!ipHashPattern.test(value))
        ctx.addIssue({ code: 'custom', path: ['values', index], message: 'invalid' satisfies FieldErrorCode });
    });
  });
export type BanInput = z.output<typeof banInputSchema>;

const commentMode = z.enum(['OPEN', 'PREMODERATED', 'CLOSED'], withCode('invalid'));

export const commentSettingsInputSchema = z.object({
  mode: commentMode,
  reportThreshold: z.coerce
    .number(withCode('reportThresholdRange'))
    .int(withCode('reportThresholdRange'))
    .min(reportThresholdRange.min, withCode('reportThresholdRange'))
    .max(reportThresholdRange.max, withCode('reportThresholdRange')),
});
export type CommentSettingsInput = z.output<typeof commentSettingsInputSchema>;

/** `follow` (an empty value) hands the article back to the site's setting. */
export const articleCommentModeInputSchema = z.object({
  articleId: z.uuid(withCode('invalid')),
  mode: z.union([commentMode, z.literal('follow').transform(() => null)], withCode('invalid')),
});

export const bannedWordInputSchema = z.object({
  // Stored composed and lower case, so the list has one spelling per word whatever was typed.
  term: z
    .string(withCode('required'))
    .transform((value) => value.normalize('NFC').trim().toLowerCase())
    .pipe(
      z.string().min(1, withCode('required')).max(bannedWordMax, withCode('tooLong')).refine(isStorableText, withCode('invalidCharacters')),
    )
    .refine((term) => /[\p{L}\p{N}]/u.test(term), withCode('bannedWordInvalid')),
  level: z.enum(['BANNED', 'SUSPECT'], withCode('invalid')),
});
export type BannedWordInput = z.output<typeof bannedWordInputSchema>;

export const recordIdSchema = z.object({ id: z.uuid(withCode('invalid')) });
