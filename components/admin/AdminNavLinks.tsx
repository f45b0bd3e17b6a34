'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { AdminNavItem } from '@/lib/admin/navigation';

function isCurrent(href: string, pathname: string): boolean {
  return href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNavLinks({ items }: { items: AdminNavItem[] }) {
  // Null only while a pages/ route renders; this header is the newsroom's (app/).
  const pathname = usePathname() ?? '';
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {items.map(({ href, label }) => (
        <li key={href}>
          <Link
            href={href}
            aria-current={isCurrent(href, pathname) ? 'page' : undefined}
            className="hover:underline aria-[current=page]:font-bold aria-[current=page]:text-accent"
          >
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
