import type { z } from 'zod';
import { getAdminMessages, type AdminMessages, type FieldErrorCode } from '@/lib/i18n/admin-messages';

export type FieldErrors<Field extends string> = Partial<Record<Field, FieldErrorCode[]>>;

/** What a staff change returns: done, or what to fix, field by field. */
export type StaffChangeResult<Field extends string> = { ok: true } | { ok: false; fieldErrors: FieldErrors<Field> };

/** For zod checks: the issue message is the code of the text shown next to the field. */
export const withCode = (code: FieldErrorCode) => ({ error: code });

function isFieldErrorCode(message: string): message is FieldErrorCode {
  return Object.hasOwn(getAdminMessages('ko').fieldErrors, message);
}

export function fieldErrorsOf<Field extends string>(error: z.ZodError): FieldErrors<Field> {
  const errors: Partial<Record<string, FieldErrorCode[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    // Forms send every field as text, so anything else means the field was left out.
    const code = isFieldErrorCode(issue.message) ? issue.message : issue.code === 'invalid_type' ? 'required' : 'invalid';
    (errors[field] ??= []).push(code);
  }
  return errors as FieldErrors<Field>;
}

export function fieldErrorTexts(codes: readonly FieldErrorCode[] | undefined, t: AdminMessages): string[] {
  return [...new Set(codes ?? [])].map((code) => t.fieldErrors[code]);
}
