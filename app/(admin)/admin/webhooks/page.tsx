import type { Metadata } from 'next';
import { ConfirmActionButton } from '@/components/admin/ConfirmActionButton';
import { RecordTable } from '@/components/admin/RecordTable';
import { WebhookForm } from '@/components/admin/webhooks/WebhookForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatNewsTime } from '@/lib/i18n/time';
import { getDatabase } from '@/lib/runtime/database';
import { listRecentDeliveries, listWebhooks } from '@/lib/webhooks/webhooks';
import { addWebhook, removeWebhook, sendDeliveryAgain } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).webhooks.title };
}

export default async function WebhooksPage() {
  const staff = await requireStaff('webhooks.manage');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).webhooks;
  const db = getDatabase();
  const [webhooks, deliveries] = await Promise.all([listWebhooks(db), listRecentDeliveries(db)]);
  const time = (date: Date) => <time dateTime={date.toISOString()}>{formatNewsTime(date, locale)}</time>;

  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t.lead}</p>

      <section aria-labelledby="webhook-add" className="mt-8 max-w-3xl rounded border border-rule p-4">
        <h2 id="webhook-add" className="mb-4 text-lg font-bold">
          {t.addTitle}
        </h2>
        <WebhookForm locale={locale} action={addWebhook} />
      </section>

      <section aria-labelledby="webhook-list" className="mt-10">
        <h2 id="webhook-list" className="mb-2 text-lg font-bold">
          {t.listCaption}
        </h2>
        {webhooks.length === 0 && <p className="text-muted">{t.empty}</p>}
        <ul className="flex flex-col gap-4">
          {webhooks.map((webhook) => (
            <li key={webhook.id} className="rounded border border-rule p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-4">
                <p className="font-semibold break-all">{webhook.url}</p>
                <ConfirmActionButton id={webhook.id} action={removeWebhook} confirmation={t.confirmDelete(webhook.url)}>
                  {t.delete}
                  <span className="sr-only">{` ${webhook.url}`}</span>
                </ConfirmActionButton>
              </div>
              <p className="mt-1 text-sm text-muted">{webhook.events.map((event) => t.eventNames[event]).join(', ')}</p>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer font-semibold">{t.showSecret}</summary>
                <p className="mt-1">
                  {t.secret}: <code className="break-all">{webhook.secret}</code>
                </p>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <RecordTable
        caption={t.deliveriesCaption}
        columns={[
          { label: t.created },
          { label: t.event },
          { label: t.receiver },
          { label: t.status },
          { label: t.attempts },
          { label: t.lastResponse },
          { label: t.actions },
        ]}
        empty={t.noDeliveries}
        isEmpty={deliveries.length === 0}
      >
        {deliveries.map((delivery) => (
          <tr key={delivery.id} className="border-b border-rule align-top">
            <td className="py-2 pr-4 whitespace-nowrap">{time(delivery.createdAt)}</td>
            <td className="py-2 pr-4">{t.eventNames[delivery.event] ?? delivery.event}</td>
            <td className="py-2 pr-4 break-all">{delivery.webhookUrl}</td>
            <td className="py-2 pr-4">
              {t.statuses[delivery.status]}
              {delivery.status === 'PENDING' && delivery.attempts > 0 && (
                <span className="block text-xs text-muted">{t.nextAttempt(formatNewsTime(delivery.nextAttemptAt, locale))}</span>
              )}
            </td>
            <td className="py-2 pr-4">{delivery.attempts}</td>
            <td className="py-2 pr-4">
              {delivery.lastStatusCode ?? (delivery.attempts > 0 ? t.noResponse : '')}
              {delivery.lastError && <span className="block text-xs text-muted">{delivery.lastError}</span>}
            </td>
            <td className="py-2">
              {delivery.status !== 'PENDING' && (
                <ConfirmActionButton id={delivery.id} action={sendDeliveryAgain} confirmation={t.confirmSendAgain}>
                  {t.sendAgain}
                </ConfirmActionButton>
              )}
            </td>
          </tr>
        ))}
      </RecordTable>
    </>
  );
}
