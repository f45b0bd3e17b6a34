import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader } from '@/lib/auth/paths';
import { crossSiteRefusal, tooLargeRefusal } from '@/lib/security/refusals';
import { noncePolicy } from '@/lib/security/csp';
import { isSameOrigin } from '@/lib/security/same-origin';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Next.js's own limit on a server action's body (`serverActions.bodySizeLimit`, 1 MB by default), past which it answers 500. */
const maxActionBodyBytes = 1024 * 1024;

/**
 * The newsroom only (readers' pages never pay for a proxy):
 * - refuses with 403 a change sent from another site (a server action posted with a staff member's cookie), and
 *   with 413 a server action's body over Next.js's limit, where Next.js itself would answer 500 to both;
 * - tells admin pages which address was asked for (server components cannot see it), overwriting any client value;
 * - gives each page a script policy with a fresh nonce, which Next.js reads from the request's policy and stamps
 *   on its own inline scripts.
 */
export function proxy(request: NextRequest) {
  if (!readOnlyMethods.has(request.method) && !isSameOrigin(request)) return crossSiteRefusal();
  if (request.headers.has('next-action') && Number(request.headers.get('content-length')) > maxActionBodyBytes) return tooLargeRefusal();
  const policy = noncePolicy(Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(requestedPathHeader, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = { matcher: '/admin/:path*' };
