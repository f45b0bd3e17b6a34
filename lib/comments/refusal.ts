import type { CommentErrorCode } from '@/lib/i18n/comment-messages';

export type RefusalCode = CommentErrorCode;

/** The form fields a refusal can point at, so the comment section shows it next to the right input. */
export type RefusalField = 'nickname' | 'password' | 'content' | 'answer' | 'reason' | 'note';

/** Why a reader's request was not carried out; lib/comments/responses.ts turns it into the HTTP answer. */
export type CommentRefusal = { ok: false; code: RefusalCode; field?: RefusalField; retryAfterSeconds?: number };

export function refuse(code: RefusalCode, details: Omit<CommentRefusal, 'ok' | 'code'> = {}): CommentRefusal {
  return { ok: false, code, ...details };
}
