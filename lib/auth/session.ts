import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { authOptions } from '@/lib/auth/options';
import { can, type Permission } from '@/lib/auth/permissions';
import { requestedPathHeader, signInPath } from '@/lib/auth/paths';
import { getDatabase } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { isLocale, type Locale } from '@/lib/i18n/locales';

export type StaffSession = { id: string; email: string; role: Role; nameKo: string; nameEn: string; uiLocale: Locale };

/**
 * The signed-in staff member, or null. The token alone is not trusted: the account must still be
 * active and its sessionVersion unchanged, so deactivation or a password change ends sessions at once.
 */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.staffId) return null;
  const staff = await getDatabase().staff.findUnique({
    where: { id: session.staffId },
    select: { id: true, email: true, role: true, nameKo: true, nameEn: true, uiLocale: true, active: true, sessionVersion: true },
  });
  if (!staff?.active || staff.sessionVersion !== session.sessionVersion) return null;
  return {
    id: staff.id,
    email: staff.email,
    role: staff.role,
    nameKo: staff.nameKo,
    nameEn: staff.nameEn,
    uiLocale: isLocale(staff.uiLocale) ? staff.uiLocale : 'ko',
  };
});

/** Signed out: to the sign-in page and back here afterwards. Signed in without the permission: 403. */
export async function requireStaff(permission?: Permission): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect(signInPath(await currentPath()));
  if (permission && !can(staff.role, permission)) forbidden();
  return staff;
}

async function currentPath(): Promise<string> {
  const requestHeaders = await headers();
  return requestHeaders.get(requestedPathHeader) ?? '/admin';
}
