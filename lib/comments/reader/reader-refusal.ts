import { RefusedError } from '@/lib/errors';
import type { CommentErrorCode } from '@/lib/i18n/comment-messages';

/** The form fields a refusal can point at, so the comment section shows it next to the right input. */
export type RefusalField = 'nickname' | 'password' | 'content' | 'answer' | 'reason' | 'note';

const statusOf: Partial<Record<CommentErrorCode, number>> = {
  articleNotFound: 404,
  notFound: 404,
  closed: 403,
  refused: 403,
  wrongPassword: 403,
  duplicate: 409,
  alreadyReported: 409,
  slowDown: 429,
  tooManyAttempts: 429,
  tooManyRequests: 429,
};

/** Why a reader's request was not carried out, to throw: the reader's sentence by code, with its route's status (else 400). */
export function refused(code: CommentErrorCode, details: { field?: RefusalField; retryAfterSeconds?: number } = {}): RefusedError {
  return new RefusedError(code, statusOf[code] ?? 400, details);
}
