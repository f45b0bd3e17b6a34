import type { z } from 'zod';
import { settle } from '@/lib/actions/define-action';
import { staffVoice } from '@/lib/actions/failure';
import { getAdminMessages, type FieldErrorCode } from '@/lib/i18n/admin-messages';

/** A lib/ change as its definition runs it (the schema, then the work), answered in English as the form shows it. */
export function asAction<S extends z.ZodType, T>(schema: S, raw: unknown, work: (input: z.output<S>) => Promise<T>) {
  return settle(schema, raw, staffVoice('en'), work);
}

/** The failure a form shows for these field codes, in English. */
export function fieldFailure(fields: Record<string, FieldErrorCode>) {
  const t = getAdminMessages('en');
  return {
    ok: false,
    error: t.actionErrors.invalid,
    fieldErrors: Object.fromEntries(Object.entries(fields).map(([field, code]) => [field, [t.fieldErrors[code]]])),
  };
}
