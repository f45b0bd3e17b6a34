import '#server-only';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Permission } from '@/lib/auth/permissions';
import type { RecordRule } from '@/lib/auth/record-rules';
import type { StaffSession } from '@/lib/auth/staff-session';
import type { Database } from '@/lib/db/client';
import { ForbiddenActionError, RefusedError } from '@/lib/errors';

/** Who may: a permission of lib/auth/permissions.ts, a named rule on the record (lib/auth/record-rules.ts), or anyone. */
export type Access<I> = Permission | RecordRule<I>;

/** A point of `limiter` per call, counted by `key`; past the allowance the caller waits (429, tooManyRequests). */
export type RateLimit<C> = { limiter: () => RateLimiterAbstract; key: (context: C) => string };

export const permissionOf = <I>(access: Access<I>): Permission => (typeof access === 'string' ? access : access.permission);

/** The record rule, when the access names one: ForbiddenActionError (with the rule's sentence) when it refuses. */
export async function checkRecord<I>(access: Access<I>, db: Database, staff: StaffSession, input: I): Promise<void> {
  if (typeof access === 'string' || (await access.allows(db, staff, input))) return;
  throw new ForbiddenActionError(`Refused by the record rule for ${access.permission}`, access.refusal);
}

export async function spendAllowance<C>(rateLimit: RateLimit<C> | undefined, context: C): Promise<void> {
  if (!rateLimit) return;
  try {
    await rateLimit.limiter().consume(rateLimit.key(context));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new RefusedError('tooManyRequests', 429, { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) });
  }
}
