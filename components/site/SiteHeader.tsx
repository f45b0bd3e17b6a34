import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-4 px-4 py-4">
        <Link href={`/${locale}`} className="text-2xl font-extrabold tracking-tight">
          {t.siteName}
        </Link>
        <p className="text-sm text-muted">{t.siteTagline}</p>
      </div>
    </header>
  );
}
