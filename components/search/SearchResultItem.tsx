import Link from 'next/link';
import { articlePath } from '@/lib/articles/paths';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';
import type { SearchResult } from '@/lib/search/search-articles';
import { Highlighted } from './Highlighted';

export function SearchResultItem({ result, query, locale }: { result: SearchResult; query: string; locale: Locale }) {
  return (
    <li lang={result.textLocale === locale ? undefined : result.textLocale} className="flex gap-4 border-b border-rule py-5">
      <div className="min-w-0 flex-1">
        <h2 className="text-lg font-bold leading-snug">
          <Link href={articlePath(locale, result.slug)} className="hover:underline">
            <Highlighted text={result.headline} query={query} />
          </Link>
        </h2>
        <p className="mt-1 text-sm text-muted">
          <Highlighted text={result.snippet} query={query} />
        </p>
        <p className="mt-2 text-xs text-muted">
          <time dateTime={result.publishedAt.toISOString()}>{formatNewsTime(result.publishedAt, locale)}</time>
        </p>
      </div>
      {result.leadPhoto && (
        <img
          src={result.leadPhoto.src}
          alt=""
          width={result.leadPhoto.width}
          height={result.leadPhoto.height}
          loading="lazy"
          decoding="async"
          className="h-20 w-28 shrink-0 rounded object-cover"
        />
      )}
    </li>
  );
}
