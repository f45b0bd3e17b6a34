'use client';

import { useActionState } from 'react';
import { changeContactEmailAction } from '@/app/(admin)/admin/staff/actions';
import { inputClassName } from '@/components/shared/FormField';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import { fieldErrorTexts } from '@/lib/staff/field-errors';
import { initialFormState } from '@/lib/staff/form-state';
import type { ContactEmailChangeField } from '@/lib/staff/schemas';

type Props = { staffId: string; contactEmail: string | null; staffName: string; locale: Locale };

/** The public contact address of one account, set by an admin from the staff list. */
export function StaffContactEmailForm({ staffId, contactEmail, staffName, locale }: Props) {
  const t = getAdminMessages(locale);
  const [state, action, pending] = useActionState(changeContactEmailAction, initialFormState<ContactEmailChangeField>());
  const errors = [...fieldErrorTexts(state.fieldErrors.staffId, t), ...fieldErrorTexts(state.fieldErrors.contactEmail, t)];
  const errorId = `contact-email-error-${staffId}`;
  return (
    <form action={action} noValidate className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="staffId" value={staffId} />
      <input
        name="contactEmail"
        type="email"
        autoComplete="off"
        defaultValue={state.values.contactEmail ?? contactEmail ?? ''}
        aria-label={`${t.contactEmail}: ${staffName}`}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? errorId : undefined}
        className={inputClassName}
      />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${t.saveContactEmail}: ${staffName}`}
        className="rounded border border-rule px-2 py-1 text-sm hover:bg-rule/40"
      >
        {t.saveContactEmail}
      </button>
      <p role="status" className="text-sm text-muted empty:hidden">
        {state.done ? t.contactEmailSaved : ''}
      </p>
      {errors.length > 0 && (
        <p id={errorId} role="alert" className="w-full text-sm text-accent">
          {errors.join(' ')}
        </p>
      )}
    </form>
  );
}
