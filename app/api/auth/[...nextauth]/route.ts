import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { revokeSessionOfRequest } from '@/lib/auth/sign-out';
import { crossSiteRefusal, signOutFailedRefusal } from '@/lib/security/refusals';
import { isSameOrigin } from '@/lib/security/same-origin';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Sign-in and sign-out come from this site's pages only, like every other change (next-auth's CSRF token aside).
 * A sign-out ends the session on the server first; if that cannot be recorded, the cookie is kept and staff are told.
 */
async function POST(request: NextRequest, context: Context) {
  if (!isSameOrigin(request)) return crossSiteRefusal();
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'signout' && !(await revokeSessionOfRequest(request))) return signOutFailedRefusal();
  return handler(request, context);
}

export { handler as GET, POST };
