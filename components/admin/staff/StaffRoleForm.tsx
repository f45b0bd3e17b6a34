'use client';

import { changeRoleAction } from '@/app/(admin)/admin/staff/actions';
import type { Role } from '@/lib/db/generated/enums';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';
import { useAction } from '@/components/shared/use-action';
import { roleOptions } from './role-options';

export function StaffRoleForm({ staffId, role, staffName, locale }: { staffId: string; role: Role; staffName: string; locale: Locale }) {
  const t = staffMessages[locale];
  const { submit, ready, fieldErrors } = useAction(changeRoleAction);
  const errors = [...(fieldErrors.staffId ?? []), ...(fieldErrors.role ?? [])];
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="staffId" value={staffId} />
      <select
        name="role"
        defaultValue={role}
        aria-label={`${t.role}: ${staffName}`}
        className="rounded border border-rule bg-paper px-2 py-1"
      >
        {roleOptions(t)}
      </select>
      <button type="submit" disabled={!ready} className="rounded border border-rule px-2 py-1 text-sm hover:bg-rule/40">
        {t.changeRole}
      </button>
      {errors.length > 0 && (
        <p role="alert" className="w-full text-sm text-accent">
          {errors.join(' ')}
        </p>
      )}
    </form>
  );
}
