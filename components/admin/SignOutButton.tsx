'use client';

import { getCsrfToken } from 'next-auth/react';
import { useState } from 'react';
import { signInPage } from '@/lib/auth/paths';

/**
 * Posts to next-auth's sign-out endpoint with the CSRF token it wants, and leaves for the sign-in page only once
 * the server has ended the session (here rather than through next-auth, which would follow NEXTAUTH_URL). If it
 * could not, the session is still valid and the staff member is told so.
 */
export function SignOutButton({ label, failedMessage }: { label: string; failedMessage: string }) {
  const [failed, setFailed] = useState(false);

  async function signOutAndLeave() {
    setFailed(false);
    const csrfToken = await getCsrfToken();
    const response = await fetch('/api/auth/signout', {
      method: 'POST',
      body: new URLSearchParams({ csrfToken: csrfToken ?? '', json: 'true' }),
    }).catch(() => null);
    if (response?.ok) window.location.assign(signInPage);
    else setFailed(true);
  }

  return (
    <>
      <button type="button" onClick={signOutAndLeave} className="font-semibold hover:underline">
        {label}
      </button>
      <span role="alert" className="font-semibold text-accent empty:hidden">
        {failed ? failedMessage : null}
      </span>
    </>
  );
}
