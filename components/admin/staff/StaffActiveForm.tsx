'use client';

import { useActionState } from 'react';
import { deactivateStaffAction, reactivateStaffAction } from '@/app/(admin)/admin/staff/actions';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import { fieldErrorTexts } from '@/lib/staff/field-errors';
import { initialFormState } from '@/lib/staff/form-state';
import type { StaffTargetField } from '@/lib/staff/schemas';

export function StaffActiveForm({ staffId, active, staffName, locale }: { staffId: string; active: boolean; staffName: string; locale: Locale }) {
  const t = getAdminMessages(locale);
  const [state, action, pending] = useActionState(active ? deactivateStaffAction : reactivateStaffAction, initialFormState<StaffTargetField>());
  const errors = fieldErrorTexts(state.fieldErrors.staffId, t);
  const label = active ? t.deactivate : t.reactivate;
  return (
    <form action={action}>
      <input type="hidden" name="staffId" value={staffId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label}: ${staffName}`}
        className="rounded border border-rule px-2 py-1 text-sm hover:bg-rule/40"
      >
        {label}
      </button>
      {errors.length > 0 && (
        <p role="alert" className="text-sm text-accent">
          {errors.join(' ')}
        </p>
      )}
    </form>
  );
}
