import 'next-auth';
import 'next-auth/jwt';

// What Dateline keeps in the session token: just enough to find the account and check the session is still valid.
declare module 'next-auth' {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    staffId?: string;
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    staffId?: string;
    sessionVersion?: number;
  }
}
