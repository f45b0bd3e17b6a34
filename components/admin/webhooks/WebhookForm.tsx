'use client';

import { buttonClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { webhookMessages } from '@/lib/i18n/admin/webhooks';
import type { Locale } from '@/lib/i18n/locales';
import { webhookEvents } from '@/lib/webhooks/events';

type Props = { locale: Locale; action: (form: FormData) => Promise<Result<{ url: string }>> };

/** Registering a webhook: the URL and the events it hears of; a success clears the form and says so. */
export function WebhookForm({ locale, action }: Props) {
  const t = webhookMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(action, (_, form) => form.reset());
  return (
    <form onSubmit={submit} aria-label={t.addTitle} noValidate className="flex flex-col gap-4">
      <p role="status" className="text-sm font-semibold empty:hidden">
        {result?.ok ? t.added(result.data.url) : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {Object.keys(fieldErrors).length > 0 ? '' : error}
      </p>
      <InputField id="webhook-url" label={t.url} hint={t.urlHint} errors={fieldErrors.url} name="url" type="url" inputMode="url" required />
      <fieldset aria-describedby={fieldErrors.events ? 'webhook-events-error' : undefined} className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold">{t.events}</legend>
        {webhookEvents.map((event) => (
          <label key={event} className="flex items-center gap-2">
            <input type="checkbox" name={event} defaultChecked={event.startsWith('article.')} />
            {t.eventNames[event]} <code className="text-xs text-muted">{event}</code>
          </label>
        ))}
        {fieldErrors.events && (
          <p id="webhook-events-error" className="text-sm text-accent">
            {fieldErrors.events.join(' ')}
          </p>
        )}
      </fieldset>
      <div>
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {pending ? t.adding : t.add}
        </button>
      </div>
    </form>
  );
}
