import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters } from '@/components/admin/audit/AuditFilters';
import { AuditSentence } from '@/components/admin/audit/AuditSentence';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { auditHref, parseAuditFilter } from '@/lib/audit/audit-filter';
import { listAuditActors, listAuditEntries } from '@/lib/audit/list-entries';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { formatNewsTime } from '@/lib/i18n/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).auditTitle };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff('audit.read');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale);
  const { filter, problems } = parseAuditFilter(await searchParams);
  const db = getDatabase();
  const [{ entries, olderCursor }, actors] = await Promise.all([listAuditEntries(db, filter, locale), listAuditActors(db)]);
  const { before, ...params } = filter;
  const filtered = Object.values(params).some(Boolean);

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.auditTitle}</h1>
      <AuditFilters params={params} actors={actors} problems={problems} locale={locale} />
      {entries.length === 0 ? (
        <p className="text-muted">{filtered ? t.auditNoMatches : t.auditNoEntries}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left text-muted">{t.auditCaption}</caption>
            <thead className="border-b border-rule">
              <tr>
                <th scope="col" className="py-2 pr-4 whitespace-nowrap">
                  {t.auditWhen}
                </th>
                <th scope="col" className="py-2 pr-4 whitespace-nowrap">
                  {t.auditWho}
                </th>
                <th scope="col" className="w-full py-2 pr-4">
                  {t.auditWhat}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id.toString()} className="border-b border-rule align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{formatNewsTime(entry.createdAt, locale)}</time>
                  </td>
                  <td className="min-w-24 py-2 pr-4 whitespace-nowrap">{entry.actor ? localName(entry.actor, locale) : t.auditSystem}</td>
                  <td className="py-2 pr-4">
                    <AuditSentence entry={entry} locale={locale} />
                    <details className="mt-1 text-xs text-muted">
                      <summary className="cursor-pointer">{t.auditRaw}</summary>
                      <code>{entry.action}</code> {entry.entityType} <code>{entry.entityId}</code>
                      {entry.details !== null && <pre className="mt-1 break-all whitespace-pre-wrap">{JSON.stringify(entry.details)}</pre>}
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-6 flex gap-6 text-sm font-semibold" aria-label={t.auditTitle}>
        {before && (
          <Link href={auditHref(params)} className="hover:underline">
            {t.auditNewest}
          </Link>
        )}
        {olderCursor && (
          <Link href={auditHref(params, olderCursor)} className="hover:underline">
            {t.auditOlder}
          </Link>
        )}
      </nav>
    </>
  );
}
