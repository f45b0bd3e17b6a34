import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDatabase } from '@/lib/db/client';
import { clientAddress } from '@/lib/security/client-address';
import { signInPage } from './paths';
import { signInErrorCode } from './sign-in-errors';
import { getSignInLimits } from './sign-in-limits';
import { verifyStaffCredentials } from './verify-credentials';

/** A working day: staff sign in again the next morning, and a forgotten session does not last. */
const sessionMaxAgeSeconds = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  pages: { signIn: signInPage, error: signInPage },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const check = await verifyStaffCredentials(getDatabase(), getSignInLimits(), {
          email: credentials?.email,
          password: credentials?.password,
          ip: clientAddress(request.headers?.['x-forwarded-for']),
        });
        if (!check.ok) throw new Error(signInErrorCode(check));
        return { id: check.staff.id, email: check.staff.email, sessionVersion: check.staff.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.staffId = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.staffId = token.staffId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
};
