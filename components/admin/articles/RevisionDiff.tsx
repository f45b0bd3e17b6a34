import { diffWords } from 'diff';
import type { FieldChange } from '@/lib/errors';
import type { EditorOptions } from '@/lib/articles/editor-data';
import { articleMessages } from '@/lib/i18n/admin/articles';
import type { Locale } from '@/lib/i18n/locales';
import { changeLabels } from './change-labels';

/** Each changed field as one text with removed words struck through and added words marked, word by word. */
export function RevisionDiff({ changes, options, locale }: { changes: FieldChange[]; options: EditorOptions; locale: Locale }) {
  const t = articleMessages[locale];
  if (changes.length === 0) return <p className="text-sm text-muted">{t.noDifferences}</p>;
  const shown = changeLabels(options, locale, t);
  return (
    <dl className="flex flex-col gap-4">
      {changes.map((change) => (
        <div key={`${change.field}-${change.locale ?? ''}`}>
          <dt className="font-semibold">{shown.label(change)}</dt>
          <dd lang={change.locale} className="mt-1 whitespace-pre-wrap rounded border border-rule p-3 text-sm leading-6">
            {diffWords(shown.value(change.field, change.before), shown.value(change.field, change.after)).map((part, i) =>
              part.removed ? (
                <del key={i} aria-label={`${t.diffRemoved}: ${part.value}`} className="bg-accent/15 text-accent">
                  {part.value}
                </del>
              ) : part.added ? (
                <ins key={i} aria-label={`${t.diffAdded}: ${part.value}`} className="bg-green-600/15 no-underline">
                  {part.value}
                </ins>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
