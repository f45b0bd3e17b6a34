import 'next-auth';
import 'next-auth/jwt';

// What Dateline keeps in the session token (lib/auth/session-claims.ts): just enough to find the account and the
// session, and to check both are still valid.
declare module 'next-auth' {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    staffId?: string;
    sessionVersion?: number;
    sessionId?: string;
    sessionExpiresAt?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    staffId?: string;
    sessionVersion?: number;
    sessionId?: string;
    sessionExpiresAt?: number;
  }
}
