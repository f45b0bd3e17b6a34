import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** A working day: staff sign in again the next morning, and a forgotten session does not last. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

/**
 * What a staff session token holds, set once at sign-in. next-auth gives every reissued token a new `jti` and a
 * new expiry (anyone holding a token can have it reissued at /api/auth/session), so a session is named by its own
 * id, and ends at a time fixed at sign-in: a signed-out session then stays refused for as long as any copy of
 * its token could be valid.
 */
export const sessionClaimsSchema = z.object({
  staffId: z.uuid(),
  sessionVersion: z.number().int(),
  sessionId: z.uuid(),
  /** Seconds since 1970. */
  sessionExpiresAt: z.number().int(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export function newSessionClaims(staff: { id: string; sessionVersion: number }, now = Date.now()): SessionClaims {
  return {
    staffId: staff.id,
    sessionVersion: staff.sessionVersion,
    sessionId: randomUUID(),
    sessionExpiresAt: Math.floor(now / 1000) + sessionMaxAgeSeconds,
  };
}

/** The claims of a session that has not ended by the clock; null for none, a malformed one or one from before session ids. */
export function liveSessionClaims(token: unknown, now = Date.now()): SessionClaims | null {
  const claims = sessionClaimsSchema.safeParse(token);
  return claims.success && claims.data.sessionExpiresAt * 1000 > now ? claims.data : null;
}
