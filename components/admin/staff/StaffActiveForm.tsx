'use client';

import { deactivateStaffAction, reactivateStaffAction } from '@/app/(admin)/admin/staff/actions';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';
import { useAction } from '@/components/shared/use-action';

export function StaffActiveForm({
  staffId,
  active,
  staffName,
  locale,
}: {
  staffId: string;
  active: boolean;
  staffName: string;
  locale: Locale;
}) {
  const t = staffMessages[locale];
  const { submit, ready, fieldErrors } = useAction(active ? deactivateStaffAction : reactivateStaffAction);
  const errors = fieldErrors.staffId ?? [];
  const label = active ? t.deactivate : t.reactivate;
  return (
    <form onSubmit={submit}>
      <input type="hidden" name="staffId" value={staffId} />
      <button
        type="submit"
        disabled={!ready}
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
