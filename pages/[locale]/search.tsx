import { z } from 'zod';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResultItem } from '@/components/search/SearchResultItem';
import { ReaderLayout } from '@/components/site/ReaderLayout';
import { getReadDatabase } from '@/lib/runtime/read-database';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/search/paths';
import { searchQueryMaxLength, searchQuerySchema } from '@/lib/search/schema';
import { searchArticles, type SearchResultsPage } from '@/lib/search/search-articles';
import { pageTitle } from '@/lib/seo/metadata';
import { loadSiteFrame, type SiteFrame } from '@/lib/site/frame';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { localeParams, perRequestReaderPage, singleQueryValue } from '@/lib/site/reader-page';

type QueryError = 'empty' | 'tooLong';
type Data = {
  locale: Locale;
  frame: SiteFrame;
  /** What the reader typed, shown back in the form; undefined when they just arrived. */
  typed?: string;
  error?: QueryError;
  search?: SearchResultsPage & { q: string };
};

function queryError(error: z.ZodError): QueryError {
  return error.issues.some((issue) => issue.code === 'too_big') ? 'tooLong' : 'empty';
}

const errorMessage = (t: Messages, error: QueryError) =>
  error === 'tooLong' ? t.searchQueryTooLong(searchQueryMaxLength) : t.searchQueryEmpty;

// Results depend on the query: rendered for every request, from the replica when there is one.
const page = perRequestReaderPage({
  params: localeParams.extend({ q: singleQueryValue, cursor: singleQueryValue }),
  async load({ locale, q, cursor }): Promise<Data> {
    const db = getReadDatabase();
    const frame = await loadSiteFrame(db);
    // No q at all is a reader arriving at the page, not an empty search.
    if (q === undefined) return { locale, frame };
    const parsed = searchQuerySchema.safeParse({ q, cursor });
    if (!parsed.success) return { locale, frame, typed: q, error: queryError(parsed.error) };
    const results = await searchArticles(db, { ...parsed.data, locale });
    return { locale, frame, typed: q, search: { q: parsed.data.q, ...results } };
  },
});

export const getServerSideProps = page.getServerSideProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export default function SearchPage(props: PageProps<Data>) {
  const { locale, frame, typed, error, search } = fromPageProps(props);
  const t = getMessages(locale);
  return (
    <ReaderLayout
      locale={locale}
      frame={frame}
      meta={{ title: pageTitle(t.search, locale), noindex: true }}
      languages={{ pathFor: (other) => searchPath(other, { q: typed }) }}
    >
      <section aria-labelledby="search-title" className="pt-6">
        <h1 id="search-title" className="border-b-2 border-ink pb-2 text-xl font-bold">
          {t.search}
        </h1>
        <SearchForm locale={locale} query={typed ?? ''} error={error && errorMessage(t, error)} />
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
            <a href={searchPath(locale, { q: search.q, cursor: search.nextCursor })} rel="next" className="font-semibold underline">
              {t.nextPage}
            </a>
          </p>
        )}
      </section>
    </ReaderLayout>
  );
}
