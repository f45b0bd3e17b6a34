import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import '../../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No page is prerendered at build time (the build needs no database); each is cached on its first request.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getMessages(locale);
  return { title: { default: t.siteName, template: `%s | ${t.siteName}` }, description: t.siteTagline };
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <SiteHeader locale={locale} />
        <main className="mx-auto max-w-3xl px-4 pb-16">{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
