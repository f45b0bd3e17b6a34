import '#server-only';
import type { z } from 'zod';
import { requireStaff, type StaffSession } from '@/lib/auth/session';
import { type Database } from '@/lib/db/client';
import { getDatabase } from '@/lib/runtime/database';
import { checkRecord, permissionOf, spendAllowance, type Access, type RateLimit } from './access';
import { invalidInput, refusalOf, staffVoice, type Refusal, type Voice } from './failure';
import type { Result } from './result';

export type ActionContext<I> = { input: I; staff: StaffSession; db: Database };

type ActionDefinition<S extends z.ZodType, T> = {
  input: S;
  access: Access<z.output<S>>;
  rateLimit?: RateLimit<ActionContext<z.output<S>>>;
  /** The work, given valid input from someone allowed; fails by throwing the errors of lib/errors.ts. */
  handler: (context: ActionContext<z.output<S>>) => Promise<T>;
  /** The aggregate's after-change hook (revalidation, refreshing the newsroom), run once the handler succeeded. */
  after?: (data: T, context: ActionContext<z.output<S>>) => Promise<unknown> | void;
};

const failed = ({ error, fieldErrors, conflict }: Refusal): Result<never> => ({
  ok: false,
  error,
  fieldErrors,
  ...(conflict && { conflict }),
});

/**
 * What a definition does once it knows who asks: the input checked against the schema, then the work; a failed
 * check or a typed error of lib/errors.ts comes back as the failure in `voice`, anything else is thrown.
 */
export async function settle<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  voice: Voice,
  work: (input: z.output<S>) => Promise<T>,
): Promise<Result<T>> {
  const parsed = schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
  if (!parsed.success) return failed(invalidInput(parsed.error, voice));
  try {
    return { ok: true, data: await work(parsed.data) };
  } catch (error) {
    const refused = refusalOf(error, voice);
    if (refused) return failed(refused);
    throw error;
  }
}

/**
 * A staff server action, declared: signed out goes to the sign-in page and a role without the permission gets 403
 * (requireStaff); then the input (field errors in the staff member's language), the record rule, the rate limit,
 * the work and the aggregate's after-change hook.
 */
export function defineAction<S extends z.ZodType, T>({ input, access, rateLimit, handler, after }: ActionDefinition<S, T>) {
  return async (raw: z.input<S> | FormData): Promise<Result<T>> => {
    const staff = await requireStaff(permissionOf(access));
    return settle(input, raw, staffVoice(staff.uiLocale), async (checked) => {
      const context = { input: checked, staff, db: getDatabase() };
      await checkRecord(access, context.db, staff, checked);
      await spendAllowance(rateLimit, context);
      const data = await handler(context);
      await after?.(data, context);
      return data;
    });
  };
}
