import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { getStaffSession } from '@/lib/auth/session';
import { siteIconHref } from '@/lib/site/icon';
import '@/styles/newsroom.css';

// Every admin page depends on who is asking: never cached, never prerendered.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminMessagesForRequest();
  return {
    title: { default: t.adminTitle, template: `%s | ${t.adminTitle}` },
    robots: { index: false, follow: false },
    icons: { icon: siteIconHref },
  };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await getStaffSession();
  return (
    <html lang={staff?.uiLocale ?? 'ko'}>
      <body className="min-h-screen font-sans">
        {staff && <AdminHeader staff={staff} />}
        <main className="mx-auto max-w-5xl px-4 pt-8 pb-16">{children}</main>
      </body>
    </html>
  );
}
