import { Role } from '@/lib/db/generated/enums';
import type { StaffMessages } from '@/lib/i18n/admin/staff';

export function roleOptions(t: Pick<StaffMessages, 'roles'>) {
  return Object.values(Role).map((role) => (
    <option key={role} value={role}>
      {t.roles[role]}
    </option>
  ));
}
