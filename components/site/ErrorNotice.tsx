'use client';

import { isDatabaseUnavailableDigest } from '@/lib/db/unavailable';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { StatusNotice } from './StatusNotice';

/** What an error page says: a database outage is a short wait, anything else a failure to report if it lasts. */
export function ErrorNotice({ error, retry, locale }: { error: unknown; retry: () => void; locale: Locale }) {
  const t = getMessages(locale);
  const unavailable = isDatabaseUnavailableDigest(error);
  return (
    <StatusNotice
      title={unavailable ? t.unavailableTitle : t.errorTitle}
      body={unavailable ? t.unavailableBody : t.errorBody}
      action={
        <button type="button" onClick={retry} className="rounded border border-rule px-4 py-2">
          {t.retry}
        </button>
      }
    />
  );
}
