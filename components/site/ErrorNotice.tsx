'use client';

import { isDatabaseUnavailableDigest } from '@/lib/db/unavailable';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { ErrorNumber } from './ErrorNumber';
import { StatusNotice } from './StatusNotice';

/**
 * What an error page says: a database outage is a short wait, anything else a failure to report if it lasts, with the
 * error's digest to quote (a client component cannot read the request's id; the log's line for the error has both).
 */
export function ErrorNotice({ error, retry, locale }: { error: Error & { digest?: string }; retry: () => void; locale: Locale }) {
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
    >
      {!unavailable && error.digest && <ErrorNumber locale={locale} number={error.digest} />}
    </StatusNotice>
  );
}
