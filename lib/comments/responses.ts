import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/db/outage';
import { getCommentMessages, type CommentErrorCode, type CommentMessages } from '@/lib/i18n/comment-messages';
import { isLocale, locales, sourceLocale, type Locale } from '@/lib/i18n/locales';
import { requestAddress } from '@/lib/security/client-address';
import { bodyTooLarge, readJsonAtMost } from '@/lib/security/request-body';
import { isSameOrigin } from '@/lib/security/same-origin';
import { hashClientIp } from './ip-hash';
import { networkOfAddress } from './network';
import type { CommentRefusal, RefusalCode } from './refusal';
import type { CommentFailure } from './view';

/**
 * The HTTP side of the reader comment routes (pages/api/articles/[slug]/comments, pages/api/comments): reading the
 * JSON body, the page's language, and turning lib/comments refusals into answers, in one place.
 */

/** A comment with its fields is a few KB at most; anything far larger is not from the form. */
const maxBodyLength = 16 * 1024;

const statusOf: Partial<Record<RefusalCode, number>> = {
  articleNotFound: 404,
  notFound: 404,
  closed: 403,
  refused: 403,
  crossSite: 403,
  wrongPassword: 403,
  duplicate: 409,
  alreadyReported: 409,
  slowDown: 429,
  tooManyAttempts: 429,
  tooManyRequests: 429,
  unavailable: 503,
};

/** Reader answers are personal and change at once: never kept by a browser or a proxy. */
export function commentJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * Set on a reader who just changed a comment list (posted, deleted, reported): for a few seconds their own list
 * requests pass the proxy's one-second cache (deploy/nginx.conf), so they see their change at once whatever it holds.
 */
export const freshListsCookie = 'dateline_commented';

export function withFreshListsCookie(response: Response): Response {
  response.headers.append('Set-Cookie', `${freshListsCookie}=1; Path=/api/articles/; Max-Age=10; HttpOnly; SameSite=Lax`);
  return response;
}

function messageOf(t: CommentMessages, code: RefusalCode, seconds = 1): string {
  const message = t.errors[code];
  return typeof message === 'function' ? message(seconds) : message;
}

const isErrorCode = (t: CommentMessages, text: string): text is CommentErrorCode => Object.hasOwn(t.errors, text);

/** A refusal in the page's language; one aimed at a field is shown next to it, under a sentence for the form. */
export function refusalResponse(locale: Locale, refusal: CommentRefusal): Response {
  const t = getCommentMessages(locale);
  const text = messageOf(t, refusal.code, refusal.retryAfterSeconds);
  const body: CommentFailure = refusal.field ? { error: t.errors.invalid, fieldErrors: { [refusal.field]: [text] } } : { error: text };
  const headers: Record<string, string> = refusal.retryAfterSeconds ? { 'Retry-After': String(refusal.retryAfterSeconds) } : {};
  return commentJson(body, statusOf[refusal.code] ?? 400, headers);
}

/** The form has no input for the challenge's id: its problems are shown next to the answer. */
const formFieldOf = (field: string) => (field === 'challengeId' ? 'answer' : field);

/**
 * Schema failures by field, the first failed check of each (an empty nickname is too short, not also oddly
 * spelled); each check's message is an error code (lib/comments/schema.ts).
 */
export function validationResponse(locale: Locale, error: z.ZodError): Response {
  const t = getCommentMessages(locale);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || field === 'locale') continue;
    fieldErrors[formFieldOf(field)] ??= [messageOf(t, isErrorCode(t, issue.message) ? issue.message : 'invalid')];
  }
  const body: CommentFailure = { error: t.errors.invalid, fieldErrors };
  return commentJson(body, 400);
}

/** Runs a route's work: a refusal becomes its answer, an unreachable database a 503 (try again); anything else is thrown. */
export async function answer(locale: Locale, work: () => Promise<Response | CommentRefusal>): Promise<Response> {
  try {
    const result = await work();
    return result instanceof Response ? result : refusalResponse(locale, result);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return refusalResponse(locale, { ok: false, code: 'unavailable' });
    throw error;
  }
}

/** The page's language as the body names it, so even a refused request is answered in it; Korean otherwise. */
function localeOf(body: unknown): Locale {
  const locale = typeof body === 'object' && body !== null && 'locale' in body ? body.locale : undefined;
  return typeof locale === 'string' && isLocale(locale) ? locale : sourceLocale;
}

type LocalizedSchema = z.ZodType<{ locale: Locale }>;

/** Too large to be read, so the page's language is not known either: the sentence in both, Korean first. */
function tooLargeResponse(): Response {
  const body: CommentFailure = { error: locales.map((locale) => getCommentMessages(locale).errors.tooLarge).join(' ') };
  return commentJson(body, 413);
}

/**
 * A state-changing reader request: from this site only, a JSON body the schema accepts, then the work.
 * Malformed JSON and wrong types are a 400 like any invalid field; a body far larger than any form sends, a 413.
 */
export async function commentAction<S extends LocalizedSchema>(
  request: Request,
  schema: S,
  work: (data: z.output<S>) => Promise<Response | CommentRefusal>,
): Promise<Response> {
  const body = await readJsonAtMost(request, maxBodyLength);
  const locale = localeOf(body);
  if (!isSameOrigin(request)) return refusalResponse(locale, { ok: false, code: 'crossSite' });
  if (body === bodyTooLarge) return tooLargeResponse();
  if (body === undefined) return refusalResponse(locale, { ok: false, code: 'invalid' });
  const parsed = schema.safeParse(body);
  if (!parsed.success) return validationResponse(locale, parsed.error);
  return answer(locale, () => work(parsed.data));
}

/** The keyed hash standing for the reader's address in limits, bans, reports and stored comments. */
export function readerHash(request: Request): string {
  return hashClientIp(requestAddress(request));
}

/** The keyed hash of the reader's network (/24, /48), which tells reports from one provider's block apart from others. */
export function readerNetworkHash(request: Request): string {
  return hashClientIp(networkOfAddress(requestAddress(request)));
}
