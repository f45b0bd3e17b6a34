import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { z } from 'zod';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResultItem } from '@/components/search/SearchResultItem';
import { readerQuery } from '@/lib/db/outage';
import { getReadDatabase } from '@/lib/db/replica';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/search/paths';
import { searchQueryMaxLength, searchQuerySchema } from '@/lib/search/schema';
import { searchArticles } from '@/lib/search/search-articles';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// The layout's generateStaticParams makes [locale] pages cacheable; results depend on the query, so never cache them.
export const dynamic = 'force-dynamic';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function queryError(t: Messages, error: z.ZodError): string {
  return error.issues.some((issue) => issue.code === 'too_big') ? t.searchQueryTooLong(searchQueryMaxLength) : t.searchQueryEmpty;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getMessages(locale).search, robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await connection();
  const t = getMessages(locale);
  const raw = await searchParams;
  const typed = single(raw.q);
  // No q at all is a reader arriving at the page, not an empty search.
  const parsed = typed === undefined ? null : searchQuerySchema.safeParse({ q: typed, cursor: single(raw.cursor) });
  const query = parsed?.success ? parsed.data : null;
  const search = query && { q: query.q, ...(await readerQuery(searchArticles(getReadDatabase(), { ...query, locale }))) };
  return (
    <section aria-labelledby="search-title" className="pt-6">
      <h1 id="search-title" className="border-b-2 border-ink pb-2 text-xl font-bold">
        {t.search}
      </h1>
      <SearchForm locale={locale} query={typed ?? ''} error={parsed?.error && queryError(t, parsed.error)} />
      {search &&
        (search.results.length === 0 ? (
          <p className="py-8 text-muted">{t.searchNoResults(search.q)}</p>
        ) : (
          <ol aria-label={t.searchResults} className="mt-6 border-t border-rule">
            {search.results.map((result) => (
              <SearchResultItem key={result.slug} result={result} query={search.q} locale={locale} />
            ))}
          </ol>
        ))}
      {search?.nextCursor && (
        <p className="py-6">
          <Link
            href={searchPath(locale, { q: search.q, cursor: search.nextCursor })}
            rel="next"
            className="font-semibold underline"
          >
            {t.nextPage}
          </Link>
        </p>
      )}
    </section>
  );
}
