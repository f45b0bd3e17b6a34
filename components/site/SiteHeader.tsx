import { SectionNav } from '@/components/site/SectionNav';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/search/paths';
import type { SectionLink } from '@/lib/site/frame';

export function SiteHeader({ locale, sections }: { locale: Locale; sections: readonly SectionLink[] }) {
  const t = getMessages(locale);
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-4 px-4 py-4">
        <a href={`/${locale}`} className="text-2xl font-extrabold tracking-tight">
          {t.siteName}
        </a>
        <p className="text-sm text-muted">{t.siteTagline}</p>
        <a href={searchPath(locale)} className="text-sm font-semibold hover:underline">
          {t.search}
        </a>
      </div>
      <SectionNav sections={sections} locale={locale} />
    </header>
  );
}
