import type { AdminMessages } from '@/lib/i18n/admin-messages';

/**
 * How lib/ fails on purpose: by throwing one of these. Functions return only what they made; the definitions in
 * lib/actions turn these errors into the caller's failure, in the caller's language, and anything else is a bug.
 */

/** One field as the other save left it, next to what the conflicting save started from. */
export type FieldChange = { field: string; locale?: string; before: string; after: string };

/** The record changed since the version the save started from; nothing was written. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changes: readonly FieldChange[],
  ) {
    super(`Changed by someone else since this version (now version ${currentVersion})`);
  }
}

export class NotFoundError extends Error {}

/**
 * Signed in and allowed the kind of action, but not on this record or in its current state. `reason` names the
 * sentence the form shows (actionErrors in lib/i18n/admin-messages.ts) when the general one would not say why.
 */
export class ForbiddenActionError extends Error {
  constructor(
    message: string,
    readonly reason: keyof AdminMessages['actionErrors'] = 'forbidden',
  ) {
    super(message);
  }
}

/** Input that passed the schema but not the data, e.g. a slug another article has: `{ slug: ['slugTaken'] }` (codes). */
export class InvalidInputError extends Error {
  constructor(readonly fieldErrors: Readonly<Record<string, readonly string[]>>) {
    super(Object.values(fieldErrors).flat().join(' '));
  }
}

/**
 * Refused for a reason the caller's messages name (readers': a key of `errors` in lib/i18n/comment-messages.ts;
 * staff: of `actionErrors`, or a path such as `media.uploadErrors.damaged`), with the HTTP status a route answers,
 * the field it concerns, the number its sentence says and how long to wait, where there are such.
 */
export class RefusedError extends Error {
  constructor(
    readonly reason: string,
    readonly status: number,
    readonly details: { field?: string; amount?: number; retryAfterSeconds?: number } = {},
  ) {
    super(`Refused: ${reason}`);
  }
}
