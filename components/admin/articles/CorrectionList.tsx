import type { CorrectionNote } from '@/lib/articles/corrections';
import { articleMessages } from '@/lib/i18n/admin/articles';
import { localeNames, isLocale, type Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';

/** Every correction note of the article, in both languages, oldest first. */
export function CorrectionList({ corrections, locale }: { corrections: CorrectionNote[]; locale: Locale }) {
  const t = articleMessages[locale];
  if (corrections.length === 0) return <p className="text-sm text-muted">{t.noCorrections}</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {corrections.map((c) => (
        <li key={`${c.locale}-${c.createdAt.toISOString()}-${c.note}`} lang={c.locale}>
          <time dateTime={c.createdAt.toISOString()} className="mr-2 text-muted">
            {formatNewsTime(c.createdAt, locale)}
          </time>
          <span className="mr-2 font-semibold">{isLocale(c.locale) ? localeNames[c.locale] : c.locale}</span>
          {c.note}
        </li>
      ))}
    </ul>
  );
}
