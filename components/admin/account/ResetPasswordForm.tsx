'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { buttonClassName } from '@/components/shared/FormField';
import { useHydrated } from '@/components/shared/use-hydrated';
import { fetchResult, postJson, type FieldErrors } from '@/lib/actions/result';
import { signInPage } from '@/lib/auth/paths';
import type { PasswordResetField } from '@/lib/auth/password-reset';
import { accountMessages } from '@/lib/i18n/admin/account';
import { signInMessages } from '@/lib/i18n/admin/sign-in';
import type { Locale } from '@/lib/i18n/locales';
import { minimumPasswordLength } from '@/lib/staff/schemas';
import { PasswordField } from './PasswordField';

/** Signed out, so through the public route rather than a staff server action; then to sign-in with the new password. */
export function ResetPasswordForm({ token, locale }: { token: string; locale: Locale }) {
  const t = { ...accountMessages[locale], ...signInMessages[locale] };
  const hydrated = useHydrated();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const body = { token, lang: locale, newPassword: form.get('newPassword'), repeatPassword: form.get('repeatPassword') };
    const result = await fetchResult<{ locale: Locale }>('/api/staff/password-reset', postJson(body), t.signInFailed);
    if (result.ok) {
      router.push(`${signInPage}?${new URLSearchParams({ reason: 'password-changed', lang: result.data.locale })}`);
      return;
    }
    setError(result.error);
    setFieldErrors(result.fieldErrors);
    setPending(false);
  }

  const field = (name: PasswordResetField, label: string, hint?: string) => (
    <PasswordField name={name} label={label} hint={hint} errors={fieldErrors[name]} autoComplete="new-password" />
  );
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
      {field('newPassword', t.newPassword, t.newPasswordHint(minimumPasswordLength))}
      {field('repeatPassword', t.repeatNewPassword)}
      <div>
        <button type="submit" disabled={!hydrated || pending} className={buttonClassName}>
          {t.resetSubmit}
        </button>
      </div>
    </form>
  );
}
