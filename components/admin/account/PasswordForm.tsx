'use client';

import { changePasswordAction } from '@/app/(admin)/admin/account/actions';
import { useAction } from '@/components/shared/use-action';
import { accountMessages } from '@/lib/i18n/admin/account';
import type { Locale } from '@/lib/i18n/locales';
import type { PasswordChangeField } from '@/lib/staff/change-own-password';
import { minimumPasswordLength } from '@/lib/staff/schemas';
import { buttonClassName } from '@/components/shared/FormField';
import { PasswordField } from './PasswordField';

export function PasswordForm({ locale }: { locale: Locale }) {
  const t = accountMessages[locale];
  const { submit, ready, fieldErrors } = useAction(changePasswordAction);
  const field = (name: PasswordChangeField, label: string, autoComplete: 'current-password' | 'new-password', hint?: string) => (
    <PasswordField name={name} label={label} hint={hint} errors={fieldErrors[name]} autoComplete={autoComplete} />
  );
  return (
    <form onSubmit={submit} className="grid max-w-md gap-4" noValidate>
      {field('currentPassword', t.currentPassword, 'current-password')}
      {field('newPassword', t.newPassword, 'new-password', t.newPasswordHint(minimumPasswordLength))}
      {field('repeatPassword', t.repeatNewPassword, 'new-password')}
      <div>
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {t.changePassword}
        </button>
      </div>
    </form>
  );
}
