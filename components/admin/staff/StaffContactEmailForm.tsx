'use client';

import { changeContactEmailAction } from '@/app/(admin)/admin/staff/actions';
import { inputClassName } from '@/components/shared/FormField';
import { accountMessages } from '@/lib/i18n/admin/account';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';
import { useAction } from '@/components/shared/use-action';

type Props = { staffId: string; contactEmail: string | null; staffName: string; locale: Locale };

/** The public contact address of one account, set by an admin from the staff list. */
export function StaffContactEmailForm({ staffId, contactEmail, staffName, locale }: Props) {
  const t = { ...staffMessages[locale], contactEmail: accountMessages[locale].contactEmail };
  const { submit, ready, result, fieldErrors } = useAction(changeContactEmailAction);
  const errors = [...(fieldErrors.staffId ?? []), ...(fieldErrors.contactEmail ?? [])];
  const errorId = `contact-email-error-${staffId}`;
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="staffId" value={staffId} />
      <input
        name="contactEmail"
        type="email"
        autoComplete="off"
        defaultValue={contactEmail ?? ''}
        aria-label={`${t.contactEmail}: ${staffName}`}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? errorId : undefined}
        className={inputClassName}
      />
      <button
        type="submit"
        disabled={!ready}
        aria-label={`${t.saveContactEmail}: ${staffName}`}
        className="rounded border border-rule px-2 py-1 text-sm hover:bg-rule/40"
      >
        {t.saveContactEmail}
      </button>
      <p role="status" className="text-sm text-muted empty:hidden">
        {result?.ok ? t.contactEmailSaved : ''}
      </p>
      {errors.length > 0 && (
        <p id={errorId} role="alert" className="w-full text-sm text-accent">
          {errors.join(' ')}
        </p>
      )}
    </form>
  );
}
