'use client';

import { StatusNotice } from '@/components/site/StatusNotice';
import { useLocaleParam } from '@/components/site/useLocaleParam';
import { getMessages } from '@/lib/i18n/messages';

/** Shown instead of a crash when, for example, the database cannot be reached. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = getMessages(useLocaleParam());
  return (
    <StatusNotice
      title={t.errorTitle}
      body={t.errorBody}
      action={
        <button type="button" onClick={reset} className="rounded border border-rule px-4 py-2">
          {t.retry}
        </button>
      }
    />
  );
}
