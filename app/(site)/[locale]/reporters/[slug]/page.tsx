import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleList } from '@/components/articles/ArticleList';
import { ReporterPortrait } from '@/components/site/ReporterPortrait';
import { listArticles } from '@/lib/articles/listing';
import { readerQuery } from '@/lib/db/outage';
import { getReadDatabase } from '@/lib/db/replica';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { afterParam, deskPath, reporterPath } from '@/lib/newsroom/paths';
import { findActiveReporter } from '@/lib/newsroom/reporters';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ after?: string | string[] }> };

// Metadata and page ask for the same reporter: one query per request.
const loadReporter = cache(async (slug: string, locale: Locale) => {
  await connection();
  return readerQuery(findActiveReporter(getReadDatabase(), slug, locale));
});

async function resolve(params: Props['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const reporter = await loadReporter(slug, locale);
  if (!reporter) notFound();
  return { locale, reporter, title: getMessages(locale).reporterTitle(reporter.name) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title } = await resolve(params);
  return { title };
}

export default async function ReporterPage({ params, searchParams }: Props) {
  const { locale, reporter, title } = await resolve(params);
  const t = getMessages(locale);
  const cursor = afterParam(await searchParams);
  const page = await readerQuery(listArticles(getReadDatabase(), locale, { filter: { reporterId: reporter.id }, cursor }));
  return (
    <section aria-labelledby="listing-title" className="pt-6">
      <div className="flow-root border-b-2 border-ink pb-4">
        {reporter.portrait && <ReporterPortrait portrait={reporter.portrait} />}
        <h1 id="listing-title" className="text-xl font-bold">
          {title}
        </h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {reporter.desk && (
            <>
              <dt className="text-muted">{t.desk}</dt>
              <dd>
                <Link href={deskPath(locale, reporter.desk.slug)} className="underline">
                  {reporter.desk.name}
                </Link>
              </dd>
            </>
          )}
          <dt className="text-muted">{t.email}</dt>
          <dd>
            <a href={`mailto:${reporter.email}`} className="underline">
              {reporter.email}
            </a>
          </dd>
        </dl>
        {reporter.bio && (
          <p lang={reporter.bio.locale === locale ? undefined : reporter.bio.locale} className="mt-3">
            {reporter.bio.text}
          </p>
        )}
      </div>
      <ArticleList page={page} locale={locale} listingPath={reporterPath(locale, reporter.slug)} isFirstPage={!cursor} />
    </section>
  );
}
