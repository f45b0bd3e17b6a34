import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader } from '@/lib/auth/paths';
import { crossSiteRefusal } from '@/lib/security/refusals';
import { noncePolicy } from '@/lib/security/csp';
import { isSameOrigin } from '@/lib/security/same-origin';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The newsroom only (readers' pages never pay for a proxy):
 * - refuses with 403 a change sent from another site (a server action posted with a staff member's cookie), where
 *   Next.js itself would answer 500 (bodies over the limit never get here: lib/http/front-door.ts);
 * - tells admin pages which address was asked for (server components cannot see it), overwriting any client value;
 * - gives each page a script policy with a fresh nonce, which Next.js reads from the request's policy and stamps
 *   on its own inline scripts.
 */
export function proxy(request: NextRequest) {
  if (!readOnlyMethods.has(request.method) && !isSameOrigin(request)) return crossSiteRefusal();
  const policy = noncePolicy(Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(requestedPathHeader, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = { matcher: '/admin/:path*' };
