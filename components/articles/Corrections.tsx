import type { ArticleView } from '@/lib/articles/queries';
import { localeNames, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { formatNewsTime } from '@/lib/i18n/time';

type Props = { corrections: ArticleView['corrections']; correctedLocales: readonly Locale[]; locale: Locale };

/** The dated correction notes in the language shown, and which language versions were corrected at all. */
export function Corrections({ corrections, correctedLocales, locale }: Props) {
  if (correctedLocales.length === 0) return null;
  const t = getMessages(locale);
  return (
    <section aria-labelledby="corrections-title" className="mt-8 rounded border border-rule p-4 text-sm leading-6">
      <h2 id="corrections-title" className="font-bold">
        {t.corrections}
      </h2>
      <p className="mt-1 text-muted">
        {t.correctedVersions}: {correctedLocales.map((l) => localeNames[l]).join(', ')}
      </p>
      {corrections.length > 0 && (
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
      )}
    </section>
  );
}
