import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <footer className="border-t border-rule">
      <p className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">© {t.siteName}</p>
    </footer>
  );
}
