import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/search/paths';
import { SectionNav } from '@/components/site/SectionNav';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-4 px-4 py-4">
        <Link href={`/${locale}`} className="text-2xl font-extrabold tracking-tight">
          {t.siteName}
        </Link>
        <p className="text-sm text-muted">{t.siteTagline}</p>
        <Link href={searchPath(locale)} className="text-sm font-semibold hover:underline">
          {t.search}
        </Link>
      </div>
      <SectionNav locale={locale} />
    </header>
  );
}
