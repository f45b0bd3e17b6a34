import '#server-only';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { type Database } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { getDatabase } from '@/lib/runtime/database';
import { liveSessionClaims } from './session-claims';

/**
 * Ends a session on the server, as next-auth's sign-out alone does not: its token, or any copy of it, is refused
 * from now until it would have ended anyway (lib/auth/staff-session.ts). The staff member's other sessions stay.
 * Revocations past that time are deleted here, so the table holds at most a working day of sign-outs.
 */
export async function revokeSession(db: Database, token: unknown, now = new Date()): Promise<void> {
  const claims = liveSessionClaims(token, now.getTime());
  if (!claims) return;
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.revokedSession.createMany({
      data: [{ id: claims.sessionId, staffId: claims.staffId, expiresAt: new Date(claims.sessionExpiresAt * 1000) }],
      skipDuplicates: true,
    }),
  ]);
}

/** For the sign-out route: ends the session its cookie names; false when that could not be recorded. */
export async function revokeSessionOfRequest(request: NextRequest): Promise<boolean> {
  try {
    await revokeSession(getDatabase(), await getToken({ req: request }));
    return true;
  } catch (error) {
    logger().error({ err: error }, 'Sign-out could not be recorded');
    return false;
  }
}
