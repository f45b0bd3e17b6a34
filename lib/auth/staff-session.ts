import '#server-only';
import { getToken } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { getDatabase } from '@/lib/runtime/database';
import type { Role } from '@/lib/db/generated/enums';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { liveSessionClaims } from './session-claims';
import { isTwoFactorRequiredKept, isTwoFactorRequiredOf } from './two-factor';

export type StaffSession = {
  id: string;
  email: string;
  role: Role;
  nameKo: string;
  nameEn: string;
  uiLocale: Locale;
  /** An admin requires two-factor sign-in of this role and it is not on yet: the account page only, until it is. */
  mustEnrolTwoFactor?: boolean;
};

/**
 * The staff member a session token names, or null. The token alone is not trusted: the account must still be
 * active and its sessionVersion unchanged, so deactivation or a password change ends sessions at once, and the
 * session must not have been signed out (lib/auth/sign-out.ts), all checked by the one query this costs.
 */
export async function staffOfToken(token: unknown, db = getDatabase()): Promise<StaffSession | null> {
  const claims = liveSessionClaims(token);
  if (!claims) return null;
  const staff = await db.staff.findUnique({
    where: { id: claims.staffId, active: true, sessionVersion: claims.sessionVersion, revokedSessions: { none: { id: claims.sessionId } } },
    select: { id: true, email: true, role: true, nameKo: true, nameEn: true, uiLocale: true, totpEnabledAt: true },
  });
  if (!staff) return null;
  const { totpEnabledAt, ...account } = staff;
  // The setting is read only for staff it could concern, and kept for seconds: enrolled staff and reporters never read it.
  const mustEnrolTwoFactor = !totpEnabledAt && isTwoFactorRequiredOf(staff.role, true) && (await isTwoFactorRequiredKept(db));
  return { ...account, uiLocale: isLocale(staff.uiLocale) ? staff.uiLocale : 'ko', mustEnrolTwoFactor };
}

/** The signed-in staff member sending this request, if any: for the readers' routes (pages/api), outside the App Router. */
export async function staffOfRequest(request: Request): Promise<StaffSession | null> {
  // Only its address and headers: the body may have been read already.
  return staffOfToken(await getToken({ req: new NextRequest(request.url, { headers: request.headers }) }));
}
