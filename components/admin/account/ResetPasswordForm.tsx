'use client';

import { resetPasswordAction } from '@/app/(admin)/admin/reset-password/[token]/actions';
import { useAction } from '@/components/shared/use-action';
import { buttonClassName, FormField, inputClassName } from '@/components/shared/FormField';
import type { PasswordResetField } from '@/lib/auth/password-reset';
import { accountMessages } from '@/lib/i18n/admin/account';
import { signInMessages } from '@/lib/i18n/admin/sign-in';
import type { Locale } from '@/lib/i18n/locales';
import { minimumPasswordLength } from '@/lib/staff/schemas';

export function ResetPasswordForm({ token, locale }: { token: string; locale: Locale }) {
  const t = accountMessages[locale];
  const { submit, ready, error, fieldErrors } = useAction(resetPasswordAction);
  const field = (name: PasswordResetField, label: string, hint?: string) => (
    <FormField id={name} label={label} hint={hint} errors={fieldErrors[name]}>
      {(control) => <input {...control} name={name} type="password" autoComplete="new-password" required className={inputClassName} />}
    </FormField>
  );
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="lang" value={locale} />
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
      {field('newPassword', t.newPassword, t.newPasswordHint(minimumPasswordLength))}
      {field('repeatPassword', t.repeatNewPassword)}
      <div>
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {signInMessages[locale].resetSubmit}
        </button>
      </div>
    </form>
  );
}
