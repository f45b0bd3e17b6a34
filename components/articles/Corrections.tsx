import type { ArticleView } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { formatNewsTime } from '@/lib/i18n/time';

/** The article's dated correction notes, in the language of the text shown. */
export function Corrections({ corrections, locale }: { corrections: ArticleView['corrections']; locale: Locale }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-title" className="mt-8 rounded border border-rule p-4 text-sm leading-6">
      <h2 id="corrections-title" className="font-bold">
        {getMessages(locale).corrections}
      </h2>
      <ul className="mt-2 space-y-1">
        {corrections.map((correction) => (
          <li key={correction.createdAt.toISOString() + correction.note}>
            <time dateTime={correction.createdAt.toISOString()} className="mr-2 text-muted">
              {formatNewsTime(correction.createdAt, locale)}
            </time>
            {correction.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
