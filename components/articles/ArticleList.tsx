import { ArticleCard } from '@/components/articles/ArticleCard';
import type { ArticlePage } from '@/lib/articles/listing';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { olderArticlesPath } from '@/lib/newsroom/paths';

/** One page of a listing, with links to the next (older) page and, past the first, back to the newest. */
export function ArticleList({
  page,
  locale,
  listingPath,
  isFirstPage,
}: {
  page: ArticlePage;
  locale: Locale;
  listingPath: string;
  isFirstPage: boolean;
}) {
  const t = getMessages(locale);
  return (
    <>
      {page.items.length === 0 ? (
        <p className="py-8 text-muted">{t.noArticles}</p>
      ) : (
        page.items.map((article) => <ArticleCard key={article.slug} article={article} locale={locale} />)
      )}
      {(page.nextCursor || !isFirstPage) && (
        <nav aria-label={t.articlePages} className="flex gap-4 py-6 text-sm font-semibold">
          {!isFirstPage && (
            <a href={listingPath} className="underline">
              {t.newestArticles}
            </a>
          )}
          {page.nextCursor && (
            <a href={olderArticlesPath(listingPath, page.nextCursor)} rel="next" className="ml-auto underline">
              {t.olderArticles}
            </a>
          )}
        </nav>
      )}
    </>
  );
}
