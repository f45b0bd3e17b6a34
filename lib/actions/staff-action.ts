import { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { requireStaff, type StaffSession } from '@/lib/auth/session';
import { type Database } from '@/lib/db/client';
import { getDatabase } from '@/lib/runtime/database';
import { ConflictError, ForbiddenActionError, InvalidInputError, NotFoundError, type FieldChange } from '@/lib/errors';
import { getAdminMessages, type AdminMessages } from '@/lib/i18n/admin-messages';

/** Messages by field path: `slug`, `ko.headline`, `en.subtitles.1`. */
export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  fieldErrors: FieldErrors;
  formError: string | null;
  /** Someone saved first: the version now stored and what they changed. */
  conflict?: { currentVersion: number; changes: FieldChange[] };
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

type Definition<S extends z.ZodType, T> = {
  input: S;
  /** What the role must be allowed; rules about the record itself (whose article, which status) are the handler's. */
  permission: Permission;
  handler: (context: { input: z.output<S>; staff: StaffSession; db: Database }) => Promise<T>;
};

/** Our own message for the common cases, so forms read the same everywhere; zod's (in the staff's language) otherwise. */
function issueMessage(issue: z.core.$ZodIssue, t: AdminMessages): string {
  const code = issue.code === 'too_small' && Number(issue.minimum) === 1 ? 'required' : issue.code === 'too_big' ? 'tooLong' : issue.message;
  return t.fieldErrors[code as keyof AdminMessages['fieldErrors']] ?? issue.message;
}

function failure(formError: string, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, fieldErrors, formError };
}

function invalidInput(error: z.ZodError, t: AdminMessages): ActionFailure {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const message = issueMessage(issue, t);
    if (issue.path.length === 0) formErrors.push(message);
    else (fieldErrors[issue.path.join('.')] ??= []).push(message);
  }
  return failure(formErrors.join(' ') || t.actionErrors.invalid, fieldErrors);
}

function knownFailure(error: unknown, t: AdminMessages): ActionFailure | null {
  if (error instanceof ConflictError) {
    return { ...failure(t.actionErrors.conflict), conflict: { currentVersion: error.currentVersion, changes: [...error.changes] } };
  }
  if (error instanceof NotFoundError) return failure(t.actionErrors.notFound);
  if (error instanceof ForbiddenActionError) return failure(t.actionErrors[error.reason]);
  if (error instanceof InvalidInputError) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, codes]) => [field, codes.map((code) => t.fieldErrors[code as keyof AdminMessages['fieldErrors']] ?? code)]),
    );
    return failure(t.actionErrors.invalid, fieldErrors);
  }
  return null;
}

/**
 * A staff server action, declared: who may call it, what it accepts, and the work. Sign-in and the role's
 * permission are checked, the input validated (field errors in the staff member's language) and the errors
 * lib/errors.ts names returned as results; anything else is a bug and is thrown.
 */
export function staffAction<S extends z.ZodType, T>({ input, permission, handler }: Definition<S, T>) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<T>> => {
    const staff = await requireStaff(permission);
    const t = getAdminMessages(staff.uiLocale);
    const parsed = input.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw, {
      error: staff.uiLocale === 'ko' ? z.locales.ko().localeError : undefined,
    });
    if (!parsed.success) return invalidInput(parsed.error, t);
    try {
      return { ok: true, data: await handler({ input: parsed.data, staff, db: getDatabase() }) };
    } catch (error) {
      const known = knownFailure(error, t);
      if (known) return known;
      throw error;
    }
  };
}
