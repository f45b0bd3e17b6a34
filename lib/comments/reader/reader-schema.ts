import { z } from 'zod';
import type { CommentErrorCode } from '@/lib/i18n/comment-messages';
import { locales } from '@/lib/i18n/locales';
import { isStorableText } from '@/lib/security/text';
import { commentLimits as limits, normalizeReaderText } from './comment-limits';

/** Each check's message is the code of the reader-facing text (lib/i18n/comment-messages.ts). */
const code = (errorCode: CommentErrorCode) => ({ error: errorCode });

/**
 * Characters that hide or reorder text: controls other than tab and newline, zero-width spaces and joiners
 * (the emoji joiner U+200D stays), bidirectional overrides and isolates, word joiners and the BOM.
 */
const hiddenCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const markupTag = /<\/?[a-z!?][^>]*>/iu;
const linkPattern = /\b(?:https?:\/\/|www\.)\S+/giu;

export function countLinks(text: string): number {
  return text.match(linkPattern)?.length ?? 0;
}

const readerText = z
  .string(code('invalid'))
  .transform(normalizeReaderText)
  .refine((value) => isStorableText(value) && !hiddenCharacters.test(value), code('invalidCharacters'))
  .refine((value) => !markupTag.test(value), code('contentMarkup'));

/** One spelling for what readers type in many: NFC (NFD Korean from some Macs), lower case, no spaces. */
export function foldNickname(nickname: string): string {
  return nickname.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

export const nicknameSchema = readerText
  .pipe(z.string().min(limits.nicknameMin, code('nicknameTooShort')).max(limits.nicknameMax, code('nicknameTooLong')))
  .refine((value) => /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u.test(value), code('nicknameInvalid'));

export const commentContentSchema = readerText
  .pipe(z.string().min(1, code('contentRequired')).max(limits.contentMax, code('contentTooLong')))
  .refine((value) => countLinks(value) <= limits.linksMax, code('tooManyLinks'));

/** Not trimmed or normalised: the password is whatever the reader typed. */
export const commentPasswordSchema = z
  .string(code('passwordTooShort'))
  .min(limits.passwordMin, code('passwordTooShort'))
  .max(limits.passwordMax, code('passwordTooLong'))
  .refine((value) => !/^\d+$/u.test(value) || value.length >= limits.passwordDigitsOnlyMin, code('passwordDigitsTooShort'));

const pageLocale = z.enum(locales, code('invalid'));

/** A new comment as the form posts it (JSON), with the anti-spam challenge it answers. */
const challengeIdSchema = z.string(code('challengeExpired')).max(100, code('challengeExpired'));
/** The digits read from the image, or the proof-of-work nonce for the accessible check. */
const challengeAnswerSchema = z.string(code('answerRequired')).trim().max(64, code('answerWrong'));

export const newCommentSchema = z.object({
  locale: pageLocale,
  nickname: nicknameSchema,
  password: commentPasswordSchema,
  content: commentContentSchema,
  challengeId: challengeIdSchema.min(1, code('challengeExpired')),
  answer: challengeAnswerSchema.min(1, code('answerRequired')),
});
export type NewComment = z.output<typeof newCommentSchema>;

export const challengeRequestSchema = z.object({
  locale: pageLocale,
  kind: z.enum(['image', 'proof'], code('invalid')).default('image'),
});

export const ownDeletionSchema = z.object({
  locale: pageLocale,
  password: z.string(code('wrongPassword')).min(1, code('wrongPassword')).max(limits.passwordMax, code('wrongPassword')),
});

export const moderationReasons = ['OFF_TOPIC', 'DEFAMATION', 'ABUSE', 'SPAM', 'OTHER'] as const;

/** A report; the first on an article also answers a challenge, which the server asks for when it is needed. */
export const reportSchema = z.object({
  locale: pageLocale,
  reason: z.enum(moderationReasons, code('reasonRequired')),
  note: readerText.pipe(z.string().max(limits.reportNoteMax, code('noteTooLong'))).optional(),
  challengeId: challengeIdSchema.optional(),
  answer: challengeAnswerSchema.optional(),
});

/** A page of the list: newest first unless asked otherwise, after the cursor of the page before, if any. */
export const commentListSchema = z.object({
  order: z.enum(['newest', 'oldest']).catch('newest'),
  cursor: z.string().optional(),
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Whether an id from a URL can name a comment at all; anything else is "not found" without asking the database. */
export function isCommentId(id: string): boolean {
  return uuidPattern.test(id);
}
