import { getToken } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { getDatabase } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { isLocale, type Locale } from '@/lib/i18n/locales';

export type StaffSession = { id: string; email: string; role: Role; nameKo: string; nameEn: string; uiLocale: Locale };

/**
 * The staff member a session token names, or null. The token alone is not trusted: the account must still be
 * active and its sessionVersion unchanged, so deactivation or a password change ends sessions at once.
 */
export async function staffOfToken(token: { staffId?: string; sessionVersion?: number } | null): Promise<StaffSession | null> {
  if (!token?.staffId) return null;
  const staff = await getDatabase().staff.findUnique({
    where: { id: token.staffId },
    select: { id: true, email: true, role: true, nameKo: true, nameEn: true, uiLocale: true, active: true, sessionVersion: true },
  });
  if (!staff?.active || staff.sessionVersion !== token.sessionVersion) return null;
  return {
    id: staff.id,
    email: staff.email,
    role: staff.role,
    nameKo: staff.nameKo,
    nameEn: staff.nameEn,
    uiLocale: isLocale(staff.uiLocale) ? staff.uiLocale : 'ko',
  };
}

/** The signed-in staff member sending this request, if any: for the readers' routes (pages/api), outside the App Router. */
export async function staffOfRequest(request: Request): Promise<StaffSession | null> {
  // Only its address and headers: the body may have been read already.
  return staffOfToken(await getToken({ req: new NextRequest(request.url, { headers: request.headers }) }));
}
