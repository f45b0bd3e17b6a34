import Head from 'next/head';
import type { ReactNode } from 'react';
import { PageHead } from '@/components/seo/PageHead';
import { BreakingBanner } from '@/components/site/BreakingBanner';
import type { LanguageVersions } from '@/components/site/LanguageSwitcher';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import type { Locale } from '@/lib/i18n/locales';
import type { PageMeta } from '@/lib/seo/metadata';
import type { SiteFrame } from '@/lib/site/frame';

type Props = {
  locale: Locale;
  frame: SiteFrame;
  meta: PageMeta;
  /** This page in each language, for the header's language switch. */
  languages: LanguageVersions;
  jsonLd?: string;
  /** The page has islands (components/islands): load the few hundred bytes that start them. */
  islands?: boolean;
  children: ReactNode;
};

/** Every reader page: its head, the breaking banner while one is up, the site header, the page itself, the footer. */
export function ReaderLayout({ locale, frame, meta, languages, jsonLd, islands = false, children }: Props) {
  return (
    <>
      <PageHead meta={meta} jsonLd={jsonLd} />
      {islands && (
        <Head>
          <script type="module" src={frame.islandsBoot} async />
        </Head>
      )}
      {frame.breaking && <BreakingBanner breaking={frame.breaking} locale={locale} />}
      <SiteHeader locale={locale} sections={frame.sections} languages={languages} />
      <main className="mx-auto max-w-3xl px-4 pb-16">{children}</main>
      <SiteFooter locale={locale} />
    </>
  );
}
