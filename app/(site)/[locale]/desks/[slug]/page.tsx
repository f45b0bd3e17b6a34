import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleList } from '@/components/articles/ArticleList';
import { listArticles } from '@/lib/articles/listing';
import { readerQuery } from '@/lib/db/outage';
import { getReadDatabase } from '@/lib/db/replica';
import { localName } from '@/lib/i18n/local-name';
import { isLocale } from '@/lib/i18n/locales';
import { findDesk } from '@/lib/newsroom/desks';
import { afterParam, deskPath } from '@/lib/newsroom/paths';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ after?: string | string[] }> };

// Metadata and page ask for the same desk: one query per request.
const loadDesk = cache(async (slug: string) => {
  await connection();
  return readerQuery(findDesk(getReadDatabase(), slug));
});

async function resolve(params: Props['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const desk = await loadDesk(slug);
  if (!desk) notFound();
  return { locale, desk, name: localName(desk, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await resolve(params);
  return { title: name };
}

export default async function DeskPage({ params, searchParams }: Props) {
  const { locale, desk, name } = await resolve(params);
  const cursor = afterParam(await searchParams);
  const page = await readerQuery(listArticles(getReadDatabase(), locale, { filter: { deskId: desk.id }, cursor }));
  return (
    <section aria-labelledby="listing-title" className="pt-6">
      <h1 id="listing-title" className="border-b-2 border-ink pb-2 text-xl font-bold">
        {name}
      </h1>
      <ArticleList page={page} locale={locale} listingPath={deskPath(locale, desk.slug)} isFirstPage={!cursor} />
    </section>
  );
}
