import '#server-only';
import type { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getStaffSession, type StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import { getDatabase } from '@/lib/runtime/database';
import { isDatabaseUnavailable } from '@/lib/db/outage';
import { sourceLocale } from '@/lib/i18n/locales';
import { bodyTooLarge, readJsonAtMost } from '@/lib/security/request-body';
import { isSameOrigin } from '@/lib/security/same-origin';
import { checkRecord, permissionOf, spendAllowance, type Access, type RateLimit } from './access';
import { invalidInput, refusal, refusalOf, staffVoice, type Refusal, type Voice } from './failure';

/** `staff`: the signed-in staff member, on a staff route; null on a public one. */
export type RouteContext<I, Staff = StaffSession> = { input: I; staff: Staff; db: Database; request: Request };

type RouteDefinition<S extends z.ZodType, T, Staff> = {
  /** `public`: anyone, answered in the language `voice` finds in what they sent. */
  access: Staff extends StaffSession ? Access<z.output<S>> : 'public';
  /** Checked against the address's parameters together with the query (GET) or the JSON body (any other method). */
  input: S;
  /** Where the input is read from instead, for a body that is not JSON (a multipart upload). */
  read?: (request: Request) => Promise<Record<string, unknown>>;
  /** A full batch of ids with a note, or of banned nicknames with a reason, is a few tens of KB: the default. */
  maxBodyBytes?: number;
  voice?: (sent: unknown) => Voice;
  rateLimit?: RateLimit<RouteContext<z.output<S>, Staff>>;
  /** The work: JSON data for a 200 (or `status`), or a Response of its own (a cached copy, a cookie). */
  handler: (context: RouteContext<z.output<S>, Staff>) => Promise<T | Response>;
  status?: number;
};

/** What App Router passes (`{ params: Promise }`), or lib/http/pages-api.ts (the parameters themselves). */
type AddressParameters = { params: Promise<Record<string, unknown>> } | Record<string, unknown> | undefined;

async function parametersOf(given: AddressParameters): Promise<Record<string, unknown>> {
  if (given && 'params' in given && given.params instanceof Promise) return given.params;
  return (given as Record<string, unknown> | undefined) ?? {};
}

type RouteHandler = (request: Request, address?: AddressParameters) => Promise<Response>;

const noStore = { 'Cache-Control': 'no-store' };

/** The one failure body of every route, `{ error, fieldErrors }` (and `conflict`), never kept by a cache. */
export function failureResponse({ status, retryAfterSeconds, ...failure }: Refusal): Response {
  return Response.json(failure, {
    status,
    headers: retryAfterSeconds ? { ...noStore, 'Retry-After': String(retryAfterSeconds) } : noStore,
  });
}

const changes = (request: Request) => request.method !== 'GET' && request.method !== 'HEAD';

async function readSent(request: Request, read: RouteDefinition<z.ZodType, unknown, null>['read'], maxBodyBytes: number): Promise<unknown> {
  if (read) return read(request);
  if (!changes(request)) return Object.fromEntries(new URL(request.url).searchParams);
  return readJsonAtMost(request, maxBodyBytes);
}

/**
 * A route handler, declared (app/api/**, and pages/api/** through lib/http/pages-api.ts). Staff routes answer in
 * JSON, never with a redirect a fetch would read as a 200: signed out 401, a role without the permission 403, then
 * the same-site check for a change; public ones read first, to answer in the caller's language. Then the body (413
 * past its limit), the input (400 with field errors), the record rule, the rate limit and the work; typed errors become their failure, an unreachable database a 503, anything else is thrown.
 */
export function defineRoute<S extends z.ZodType, T>(definition: RouteDefinition<S, T, null>): RouteHandler;
export function defineRoute<S extends z.ZodType, T>(definition: RouteDefinition<S, T, StaffSession>): RouteHandler;
export function defineRoute<S extends z.ZodType, T>(
  definition: RouteDefinition<S, T, null> | RouteDefinition<S, T, StaffSession>,
): RouteHandler {
  const { access, input, read, maxBodyBytes = 64 * 1024, status = 200 } = definition;
  // One of the two above: the context has a staff member exactly when the access is not public.
  const { handler, rateLimit } = definition as RouteDefinition<S, T, StaffSession | null>;
  return async (request, address) => {
    let staff: StaffSession | null = null;
    let sent: unknown;
    let voice: Voice;
    if (access === 'public') {
      sent = await readSent(request, read, maxBodyBytes);
      voice = definition.voice?.(sent) ?? staffVoice(sourceLocale);
      if (changes(request) && !isSameOrigin(request)) return failureResponse(refusal(voice, 403, 'crossSite'));
    } else {
      staff = await getStaffSession();
      voice = staffVoice(staff?.uiLocale ?? sourceLocale);
      if (!staff) return failureResponse(refusal(voice, 401, 'signedOut'));
      // Required to turn on two-factor sign-in first (lib/auth/session.ts sends pages to the account page).
      if (staff.mustEnrolTwoFactor || !can(staff.role, permissionOf(access))) return failureResponse(refusal(voice, 403, 'forbidden'));
      if (changes(request) && !isSameOrigin(request)) return failureResponse(refusal(voice, 403, 'crossSite'));
    }
    try {
      if (access !== 'public') sent = await readSent(request, read, maxBodyBytes);
      if (sent === bodyTooLarge) return failureResponse(refusal(voice, 413, 'tooLarge'));
      if (sent === undefined) return failureResponse(refusal(voice, 400, 'invalid'));
      const parsed = input.safeParse({ ...(sent as object), ...(await parametersOf(address)) });
      if (!parsed.success) return failureResponse(invalidInput(parsed.error, voice));
      const context = { input: parsed.data, staff, db: getDatabase(), request };
      if (staff && access !== 'public') await checkRecord(access, context.db, staff, context.input);
      await spendAllowance(rateLimit, context);
      const answer = await handler(context);
      return answer instanceof Response ? answer : Response.json(answer, { status, headers: noStore });
    } catch (error) {
      const refused = refusalOf(error, voice) ?? (isDatabaseUnavailable(error) ? refusal(voice, 503, 'unavailable') : null);
      if (refused) return failureResponse(refused);
      throw error;
    }
  };
}
