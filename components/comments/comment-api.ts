import type { ChallengeView, CommentFailure, CommentPage, CommentView } from '@/lib/comments/reader/comment-view';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';

export type CommentOrder = 'newest' | 'oldest';
export type ChallengeKind = ChallengeView['kind'];
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; failure: CommentFailure };

function isFailure(data: unknown): data is CommentFailure {
  return typeof data === 'object' && data !== null && typeof (data as CommentFailure).error === 'string';
}

/** One call to the reader comment API; a failed connection reads like the server's own "unavailable". */
async function call<T>(locale: Locale, url: string, body?: object): Promise<ApiResult<T>> {
  const unavailable = { error: getCommentMessages(locale).errors.unavailable };
  try {
    const response = await fetch(
      url,
      body
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale, ...body }) }
        : { cache: 'no-cache' },
    );
    const data: unknown = await response.json().catch(() => null);
    if (response.ok && data !== null) return { ok: true, status: response.status, data: data as T };
    return { ok: false, status: response.status, failure: isFailure(data) ? data : unavailable };
  } catch {
    return { ok: false, status: 0, failure: unavailable };
  }
}

/** The sentence for the form's alert: left out when it only repeats what a field already says. */
export function formMessage(failure: CommentFailure | null): string | undefined {
  if (!failure) return undefined;
  const fieldMessages = Object.values(failure.fieldErrors ?? {}).flat();
  return fieldMessages.includes(failure.error) ? undefined : failure.error;
}

/**
 * The failure once the reader has changed `field`: the server's message was about the value it had. With no field
 * error left, the form's sentence about them ("check what you entered") goes too.
 */
export function withoutFieldError(failure: CommentFailure | null, field: string): CommentFailure | null {
  if (!failure?.fieldErrors?.[field]) return failure;
  const fieldErrors = { ...failure.fieldErrors, [field]: undefined };
  return Object.values(fieldErrors).some(Boolean) ? { ...failure, fieldErrors } : null;
}

const articleComments = (slug: string) => `/api/articles/${encodeURIComponent(slug)}/comments`;
const comment = (id: string) => `/api/comments/${encodeURIComponent(id)}`;

export type NewCommentFields = { nickname: string; password: string; content: string; challengeId: string; answer: string };
export type Posted = { comment: CommentView; held: false } | { comment: null; held: true };

export const commentApi = {
  list(locale: Locale, slug: string, order: CommentOrder, cursor?: string) {
    const query = new URLSearchParams({ locale, order, ...(cursor ? { cursor } : {}) });
    return call<CommentPage>(locale, `${articleComments(slug)}?${query}`);
  },
  challenge(locale: Locale, slug: string, kind: ChallengeKind) {
    return call<ChallengeView>(locale, `${articleComments(slug)}/challenge`, { kind });
  },
  post(locale: Locale, slug: string, fields: NewCommentFields) {
    return call<Posted>(locale, articleComments(slug), fields);
  },
  deleteOwn(locale: Locale, id: string, password: string) {
    return call<{ deleted: true }>(locale, `${comment(id)}/deletion`, { password });
  },
  /** `challenge`: the anti-spam answer, which the server asks for at a reader's first report on an article. */
  report(locale: Locale, id: string, reason: string, note: string, challenge?: { challengeId: string; answer: string }) {
    return call<{ reported: true }>(locale, `${comment(id)}/reports`, { reason, ...(note ? { note } : {}), ...challenge });
  },
};
