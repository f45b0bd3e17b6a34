import { Role } from '@/lib/db/generated/enums';
import type { AdminMessages } from '@/lib/i18n/admin-messages';

export function roleOptions(t: AdminMessages) {
  return Object.values(Role).map((role) => (
    <option key={role} value={role}>
      {t.roles[role]}
    </option>
  ));
}
