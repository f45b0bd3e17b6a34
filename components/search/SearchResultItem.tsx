import { ArticleCard } from '@/components/articles/ArticleCard';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchResult } from '@/lib/search/search-articles';
import { Highlighted } from './Highlighted';

export function SearchResultItem({ result, query, locale }: { result: SearchResult; query: string; locale: Locale }) {
  return (
    <ArticleCard
      as="li"
      article={result}
      locale={locale}
      headline={<Highlighted text={result.headline} query={query} />}
      teaser={<Highlighted text={result.snippet} query={query} />}
    />
  );
}
