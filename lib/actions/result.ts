import type { FieldChange } from '@/lib/errors';

/** Messages by field path (`slug`, `ko.headline`, `en.subtitles.1`), already in the caller's language. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** Why a change was not made: a sentence for the form, and messages beside its fields. */
export type Failure = {
  error: string;
  fieldErrors: FieldErrors;
  /** Someone saved first: the version now stored and what they changed. */
  conflict?: { currentVersion: number; changes: FieldChange[] };
};

/** What every server action returns, and what every route's answer is read into (`fetchResult`). */
export type Result<T> = { ok: true; data: T } | ({ ok: false } & Failure);

/** Messages for a field and anything inside it: `ko.body` gathers `ko.body.content.0.content`, `values` `values.0`. */
export function errorsAt(fieldErrors: FieldErrors, path: string): string[] {
  return Object.entries(fieldErrors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages ?? []);
}

function isFailure(body: unknown): body is Failure {
  return typeof body === 'object' && body !== null && typeof (body as Failure).error === 'string';
}

/** A route's answer: its JSON when it succeeded, its failure otherwise; `unavailable` when it says neither. */
export function resultOf<T>(succeeded: boolean, body: unknown, unavailable: string): Result<T> {
  if (succeeded && body !== null && body !== undefined) return { ok: true, data: body as T };
  return isFailure(body) ? { ok: false, ...body, fieldErrors: body.fieldErrors ?? {} } : { ok: false, error: unavailable, fieldErrors: {} };
}

/** Calls a route (defineRoute) from the browser; a failed connection reads like `unavailable`. */
export async function fetchResult<T>(url: string, init: RequestInit, unavailable: string): Promise<Result<T>> {
  try {
    const response = await fetch(url, init);
    return resultOf<T>(response.ok, await response.json().catch(() => null), unavailable);
  } catch {
    return resultOf<T>(false, null, unavailable);
  }
}

/** A JSON POST for fetchResult. */
export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
