import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader } from '@/lib/auth/paths';

/** Tells admin pages which address was asked for (server components cannot see it), overwriting any client value. */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(requestedPathHeader, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = { matcher: '/admin/:path*' };
