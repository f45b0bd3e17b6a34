import Link from 'next/link';
import { adminNavItems } from '@/lib/admin/navigation';
import type { StaffSession } from '@/lib/auth/session';
import { commonMessages } from '@/lib/i18n/admin/common';
import { localName } from '@/lib/i18n/local-name';
import { AdminNavLinks } from './AdminNavLinks';
import { SignOutButton } from './SignOutButton';

export function AdminHeader({ staff }: { staff: StaffSession }) {
  const t = commonMessages[staff.uiLocale];
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="text-lg font-extrabold tracking-tight">
          {t.adminTitle}
        </Link>
        <nav aria-label={t.adminNavLabel} className="text-sm">
          <AdminNavLinks items={adminNavItems(staff.role, t)} />
        </nav>
        <div className="flex items-baseline gap-3 text-sm">
          <span className="text-muted">{t.signedInAs(localName(staff, staff.uiLocale))}</span>
          <SignOutButton label={t.signOut} failedMessage={t.signOutFailed} />
        </div>
      </div>
    </header>
  );
}
