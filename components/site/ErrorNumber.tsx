import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

/** The number to quote when reporting a failed page: it finds the request's lines in the server's log. */
export function ErrorNumber({ locale, number }: { locale: Locale; number: string }) {
  return (
    <p className="mt-6 text-sm text-muted">
      {getMessages(locale).quoteErrorNumber} <code>{number}</code>
    </p>
  );
}
