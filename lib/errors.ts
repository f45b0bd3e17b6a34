import type { AdminMessages } from '@/lib/i18n/admin-messages';

/** Errors a staff action can end in on purpose; lib/actions/staff-action.ts turns them into results for the form. */

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

/** Input that passed the schema but not the data, e.g. a slug another article has: `{ slug: ['…'] }`. */
export class InvalidInputError extends Error {
  constructor(readonly fieldErrors: Readonly<Record<string, readonly string[]>>) {
    super(Object.values(fieldErrors).flat().join(' '));
  }
}
