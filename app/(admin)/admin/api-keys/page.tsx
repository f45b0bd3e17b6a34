import type { Metadata } from 'next';
import { RecordTable } from '@/components/admin/RecordTable';
import { ApiKeyForm } from '@/components/admin/api-keys/ApiKeyForm';
import { ConfirmActionButton } from '@/components/admin/ConfirmActionButton';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { listApiKeys, requestsPerMinuteRange } from '@/lib/content-api/keys';
import { contentApiBase } from '@/lib/content-api/openapi';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatNewsTime } from '@/lib/i18n/time';
import { getDatabase } from '@/lib/runtime/database';
import { absoluteUrl } from '@/lib/seo/urls';
import { makeApiKey, revokeKey } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).apiKeys.title };
}

export default async function ApiKeysPage() {
  const staff = await requireStaff('apiKeys.manage');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).apiKeys;
  const keys = await listApiKeys(getDatabase());

  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.lead}</p>
      <p className="mt-2">
        <a href={`${contentApiBase}/openapi.json`} className="font-semibold underline">
          {t.docs}
        </a>
      </p>

      <section aria-labelledby="api-key-create" className="mt-8 rounded border border-rule p-4">
        <h2 id="api-key-create" className="mb-4 text-lg font-bold">
          {t.createTitle}
        </h2>
        <ApiKeyForm locale={locale} action={makeApiKey} range={requestsPerMinuteRange} apiUrl={absoluteUrl(contentApiBase)} />
      </section>

      <RecordTable
        caption={t.listCaption}
        columns={[{ label: t.name }, { label: t.prefix }, { label: t.limit }, { label: t.createdAt }, { label: t.status }]}
        empty={t.empty}
        isEmpty={keys.length === 0}
      >
        {keys.map((key) => (
          <tr key={key.id} className={`border-b border-rule align-top ${key.revokedAt ? 'text-muted' : ''}`}>
            <th scope="row" className="py-2 pr-4 font-semibold">
              {key.name}
            </th>
            <td className="py-2 pr-4 font-mono">{key.prefix}…</td>
            <td className="py-2 pr-4">{key.requestsPerMinute}</td>
            <td className="py-2 pr-4">{formatNewsTime(key.createdAt, locale)}</td>
            <td className="py-2">
              {key.revokedAt ? (
                t.revokedAt(formatNewsTime(key.revokedAt, locale))
              ) : (
                <div className="flex gap-4">
                  <span>{t.active}</span>
                  <ConfirmActionButton id={key.id} action={revokeKey} confirmation={t.confirmRevoke(key.name)}>
                    {t.revoke}
                    <span className="sr-only">{` ${key.name}`}</span>
                  </ConfirmActionButton>
                </div>
              )}
            </td>
          </tr>
        ))}
      </RecordTable>
    </>
  );
}
