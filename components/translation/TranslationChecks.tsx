import { translationCheckMessages } from '@/lib/i18n/admin/translation-checks';
import type { Locale } from '@/lib/i18n/locales';
import type { TranslationChecks as Checks } from '@/lib/translation/translation-checks';
import { SourceChanges } from './SourceChanges';

/** Glossary warnings and, when the English is stale, the Korean changes since it was made, in the staff member's language. */
export function TranslationChecksView({ checks, locale }: { checks: Checks; locale: Locale }) {
  const t = translationCheckMessages[locale];
  return (
    <section aria-labelledby="translation-checks-title" className="rounded border border-rule p-4">
      <h2 id="translation-checks-title" className="text-lg font-bold">
        {t.title}
      </h2>
      <h3 className="mt-4 font-semibold">{t.glossaryTitle}</h3>
      {checks.warnings.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t.glossaryClean}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {checks.warnings.map((warning, i) => (
            <li key={i} className={warning.severity === 'warning' ? 'border-l-4 border-accent pl-3' : 'border-l-4 border-rule pl-3'}>
              <strong className="font-semibold">{t.severity[warning.severity]}</strong> {warning.message[locale]}
            </li>
          ))}
        </ul>
      )}
      {checks.staleness && (
        <>
          <h3 className="mt-6 font-semibold">{t.staleTitle}</h3>
          <p className="mt-2 text-sm">{t.staleLead}</p>
          {checks.staleness.changes ? (
            <SourceChanges changes={checks.staleness.changes} locale={locale} t={t} />
          ) : (
            <p className="mt-2 text-sm text-muted">{t.sourceUnavailable}</p>
          )}
        </>
      )}
    </section>
  );
}
