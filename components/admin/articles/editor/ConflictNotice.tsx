import type { Failure } from '@/lib/actions/result';
import type { EditorOptions } from '@/lib/articles/editor-data';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import { changeLabels } from '../change-labels';

type Conflict = NonNullable<Failure['conflict']>;

const buttonClass = 'rounded border border-ink px-3 py-1 font-semibold';

/** What the other save changed, shown instead of overwriting it; the staff member decides what happens next. */
export function ConflictNotice({
  conflict,
  options,
  onLoadTheirs,
  onKeepMine,
  locale,
  t,
}: {
  conflict: Conflict;
  options: EditorOptions;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  locale: Locale;
  t: AdminMessages['articles'];
}) {
  const shown = changeLabels(options, locale, t);
  const readable = (field: string, value: string) => shown.value(field, value) || '—';
  return (
    <section role="alert" aria-labelledby="conflict-title" className="mb-6 rounded border-2 border-accent p-4">
      <h2 id="conflict-title" className="text-lg font-bold">
        {t.conflictTitle}
      </h2>
      <p className="mt-1 text-sm">{conflict.changes.length > 0 ? t.conflictLead : t.conflictNoDetails}</p>
      <ul className="mt-3 flex flex-col gap-3">
        {conflict.changes.map((change) => (
          <li key={`${change.field}-${change.locale ?? ''}`} className="text-sm">
            <strong>{shown.label(change)}</strong>
            <div className="mt-1 grid gap-2 sm:grid-cols-2">
              <div>
                <span className="text-xs text-muted">{t.conflictBefore}</span>
                <p className="whitespace-pre-wrap">{readable(change.field, change.before)}</p>
              </div>
              <div>
                <span className="text-xs text-muted">{t.conflictAfter}</span>
                <p className="whitespace-pre-wrap">{readable(change.field, change.after)}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={buttonClass} onClick={onLoadTheirs}>
          {t.loadTheirs}
        </button>
        <button type="button" className={buttonClass} onClick={onKeepMine}>
          {t.keepMine}
        </button>
      </div>
    </section>
  );
}
