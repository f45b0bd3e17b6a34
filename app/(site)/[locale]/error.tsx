'use client';

import { ErrorNotice } from '@/components/site/ErrorNotice';
import { useLocaleParam } from '@/components/site/useLocaleParam';

/** Shown instead of a crash when, for example, the database cannot be reached (the response is then a 503). */
export default function ErrorPage({ error, retry }: { error: Error; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} locale={useLocaleParam()} />;
}
