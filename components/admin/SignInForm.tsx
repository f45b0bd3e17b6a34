'use client';

import { signIn } from 'next-auth/react';
import { useEffect, useState, type FormEvent } from 'react';
import { changeUiLocaleAction } from '@/app/(admin)/admin/account/actions';
import { adminLocaleCookieString } from '@/lib/admin/locale-cookie';
import { parseSignInError, type SignInError } from '@/lib/auth/sign-in-errors';
import { signInMessages } from '@/lib/i18n/admin/sign-in';
import type { Locale } from '@/lib/i18n/locales';
import { useHydrated } from '@/components/shared/use-hydrated';
import { buttonClassName, InputField } from '@/components/shared/FormField';
import { PasswordField } from './account/PasswordField';

function errorMessage(error: SignInError, locale: Locale): string {
  const t = signInMessages[locale];
  if (error.kind === 'invalid') return t.signInInvalid;
  if (error.kind === 'codeNeeded') return t.signInCodeNeeded;
  if (error.kind === 'codeWrong') return t.signInCodeWrong;
  if (error.kind === 'throttled') return t.signInThrottled(error.minutes);
  return t.signInFailed;
}

/**
 * Posts to next-auth's credentials endpoint through its client, which sends the CSRF token
 * (a double-submit cookie) with the e-mail and password. A language chosen on this page (`chosen`: by the switch
 * now or before) is remembered on the browser and, once signed in, becomes the account's newsroom language.
 */
export function SignInForm({ locale, chosen, next }: { locale: Locale; chosen: boolean; next: string }) {
  const t = signInMessages[locale];
  useEffect(() => {
    if (chosen) document.cookie = adminLocaleCookieString(locale, window.location.protocol === 'https:');
  }, [chosen, locale]);
  const [pending, setPending] = useState(false);
  // Until React runs, a click would post the form natively and reload it empty.
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  // Shown once the password was right for an account with two-factor sign-in; it stays for the next tries.
  const [askCode, setAskCode] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      code: form.get('code') ?? '',
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // Best effort: the newsroom opens either way, in the account's saved language if this fails.
      if (chosen) await changeUiLocaleAction({ uiLocale: locale }).catch(() => null);
      // A full load, so the admin layout renders again for the signed-in staff member.
      window.location.assign(next);
      return;
    }
    const failure = parseSignInError(result?.error ?? '');
    if (failure.kind === 'codeNeeded' || failure.kind === 'codeWrong') setAskCode(true);
    setError(errorMessage(failure, locale));
    setPending(false);
  }

  return (
    <form method="post" onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
      <InputField id="email" label={t.email} name="email" type="email" autoComplete="username" required />
      <PasswordField name="password" label={t.password} autoComplete="current-password" />
      {askCode && <InputField id="code" label={t.code} hint={t.codeHint} name="code" autoComplete="one-time-code" autoFocus required />}
      <button type="submit" disabled={pending || !hydrated} className={buttonClassName}>
        {pending ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
