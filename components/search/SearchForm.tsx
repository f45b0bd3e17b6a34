import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/search/paths';

const inputId = 'search-query';
const errorId = 'search-query-error';

/** A plain GET form: the address carries the query, so results can be bookmarked, shared and reloaded. */
export function SearchForm({ locale, query, error }: { locale: Locale; query: string; error?: string }) {
  const t = getMessages(locale);
  return (
    <form role="search" action={searchPath(locale)} method="get" className="mt-4">
      <label htmlFor={inputId} className="block text-sm font-semibold">
        {t.searchLabel}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={query}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="min-w-0 flex-1 rounded border border-muted bg-paper px-3 py-2"
        />
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          {t.search}
        </button>
      </div>
      {error && (
        <p id={errorId} className="mt-2 text-sm font-semibold text-accent">
          {error}
        </p>
      )}
    </form>
  );
}
