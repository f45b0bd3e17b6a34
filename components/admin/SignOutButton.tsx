'use client';

import { signOut } from 'next-auth/react';
import { signInPage } from '@/lib/auth/paths';

/**
 * next-auth's sign-out endpoint wants its CSRF token, which its client fetches first. Redirecting here
 * rather than through next-auth keeps staff on the address they used, whatever NEXTAUTH_URL says.
 */
export function SignOutButton({ label }: { label: string }) {
  async function signOutAndLeave() {
    await signOut({ redirect: false });
    window.location.assign(signInPage);
  }
  return (
    <button type="button" onClick={signOutAndLeave} className="font-semibold hover:underline">
      {label}
    </button>
  );
}
