'use client';

import { usePathname } from 'next/navigation';
import { ErrorNotice } from '@/components/site/ErrorNotice';
import { isLocale, sourceLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import '@/styles/newsroom.css';

/**
 * When a root layout itself fails (the reader layout's section list needs the database too), this replaces it:
 * in the language of the address, Korean outside the reader pages.
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const first = usePathname()?.split('/')[1] ?? '';
  const locale = isLocale(first) ? first : sourceLocale;
  return (
    <html lang={locale}>
      <body className="mx-auto max-w-3xl px-4 font-sans">
        <title>{getMessages(locale).siteName}</title>
        <ErrorNotice error={error} retry={retry} locale={locale} />
      </body>
    </html>
  );
}
