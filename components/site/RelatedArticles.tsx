import { ArticleCard } from '@/components/articles/ArticleCard';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

/** Up to four articles to read next (lib/tags/related.ts ranks them); nothing when there are none. */
export function RelatedArticles({ articles, locale }: { articles: readonly ArticleSummary[]; locale: Locale }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className="mt-10">
      <h2 id="related-title" className="border-b-2 border-ink pb-2 text-lg font-bold">
        {getMessages(locale).relatedArticles}
      </h2>
      <ul>
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} locale={locale} as="li" />
        ))}
      </ul>
    </section>
  );
}
