import { LanguageSwitcher, type LanguageVersions } from '@/components/site/LanguageSwitcher';
import { SectionNav } from '@/components/site/SectionNav';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/search/paths';
import type { SectionLink } from '@/lib/site/frame';

type Props = { locale: Locale; sections: readonly SectionLink[]; languages: LanguageVersions };

export function SiteHeader({ locale, sections, languages }: Props) {
  const t = getMessages(locale);
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-4 gap-y-2 px-4 py-4">
        <a href={`/${locale}`} className="text-2xl font-extrabold tracking-tight">
          {t.siteName}
        </a>
        <p className="text-sm text-muted">{t.siteTagline}</p>
        <div className="flex items-baseline gap-4">
          <LanguageSwitcher locale={locale} {...languages} />
          <a href={searchPath(locale)} className="text-sm font-semibold hover:underline">
            {t.search}
          </a>
        </div>
      </div>
      <SectionNav sections={sections} locale={locale} />
    </header>
  );
}
