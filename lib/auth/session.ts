import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { authOptions } from '@/lib/auth/options';
import { can, type Permission } from '@/lib/auth/permissions';
import { isAccountPath, requestedPathHeader, signInPath, twoFactorEnrolmentPath } from '@/lib/auth/paths';
import { staffOfToken, type StaffSession } from './staff-session';

export type { StaffSession } from './staff-session';

/** The signed-in staff member of this App Router request, or null (lib/auth/staff-session.ts checks the account). */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => staffOfToken(await getServerSession(authOptions)));

/**
 * Signed out: to the sign-in page and back here afterwards. Required to turn on two-factor sign-in and not yet
 * enrolled: to the account page, where it is turned on, whatever else was asked. Without the permission: 403.
 */
export async function requireStaff(permission?: Permission): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect(signInPath(await currentPath()));
  if (staff.mustEnrolTwoFactor && !isAccountPath(await currentPath())) redirect(twoFactorEnrolmentPath);
  if (permission && !can(staff.role, permission)) forbidden();
  return staff;
}

async function currentPath(): Promise<string> {
  const requestHeaders = await headers();
  return requestHeaders.get(requestedPathHeader) ?? '/admin';
}
