import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { crossSiteRefusal } from '@/lib/security/refusals';
import { isSameOrigin } from '@/lib/security/same-origin';

const handler = NextAuth(authOptions);

/** Sign-in and sign-out come from this site's pages only, like every other change (next-auth's CSRF token aside). */
function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return isSameOrigin(request) ? handler(request, context) : crossSiteRefusal();
}

export { handler as GET, POST };
