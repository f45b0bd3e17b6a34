import '#server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { logger } from '@/lib/log/logger';
import { getDatabase } from '@/lib/runtime/database';
import { clientAddress } from '@/lib/security/client-address';
import { signInPage } from './paths';
import { newSessionClaims, sessionMaxAgeSeconds } from './session-claims';
import { signInErrorCode, signInFailedCode } from './sign-in-errors';
import { getSignInLimits } from './sign-in-limits';
import { verifyStaffCredentials, type CredentialsCheck } from './verify-credentials';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  pages: { signIn: signInPage, error: signInPage },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, request) {
        let check: CredentialsCheck;
        try {
          check = await verifyStaffCredentials(getDatabase(), getSignInLimits(), {
            email: credentials?.email,
            password: credentials?.password,
            code: credentials?.code,
            ip: clientAddress(request.headers?.['x-forwarded-for']),
          });
        } catch (error) {
          // next-auth puts an error's message in the address it answers with; the database's would name its host.
          logger().error({ err: error }, 'Sign-in could not be checked');
          throw new Error(signInFailedCode);
        }
        if (!check.ok) throw new Error(signInErrorCode(check));
        return { id: check.staff.id, email: check.staff.email, sessionVersion: check.staff.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      return user ? { ...token, ...newSessionClaims(user) } : token;
    },
    session({ session, token }) {
      const { staffId, sessionVersion, sessionId, sessionExpiresAt } = token;
      return { ...session, staffId, sessionVersion, sessionId, sessionExpiresAt };
    },
  },
};
