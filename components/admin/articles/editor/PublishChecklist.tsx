import { useEffect, useId, useRef } from 'react';
import type { PublishCheck } from '@/lib/articles/publish-checklist';
import type { ArticleMessages } from '@/lib/i18n/admin/articles';
import type { Locale } from '@/lib/i18n/locales';

export type CheckedStep = 'publish' | 'schedule';

type Props = {
  step: CheckedStep;
  checks: readonly PublishCheck[];
  locale: Locale;
  t: ArticleMessages;
  onConfirm: () => void;
  onCancel: () => void;
};

function CheckItem({ check, locale, t }: { check: PublishCheck; locale: Locale; t: ArticleMessages['checklist'] }) {
  switch (check.kind) {
    case 'noSection':
    case 'englishMissing':
    case 'englishStale':
      return <li>{t[check.kind]}</li>;
    case 'glossaryConflicts':
      return (
        <li>
          {t.glossaryConflicts(check.messages.length)}
          <ul className="mt-1 list-[circle] pl-5 text-muted">
            {check.messages.map((message, i) => (
              <li key={i}>{message[locale]}</li>
            ))}
          </ul>
        </li>
      );
    case 'photoUndescribed':
      return (
        <li>
          {t.photo(check.position, check.caption)} {check.gaps.map((gap) => t.photoGaps[gap]).join(', ')}
        </li>
      );
  }
}

/**
 * The checklist shown before an article is published or scheduled: what may still be missing, and one more click to
 * go ahead anyway. A modal dialog, so nothing else in the editor changes while it is open; Escape cancels.
 */
export function PublishChecklist({ step, checks, locale, t: messages, onConfirm, onCancel }: Props) {
  const t = messages.checklist;
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const shown = dialog.current;
    shown?.showModal();
    return () => shown?.close();
  }, []);
  const button = 'rounded border border-ink px-3 py-2 text-sm font-semibold';
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded border border-rule bg-paper p-5 text-ink backdrop:bg-ink/40"
    >
      <h2 id={titleId} className="text-lg font-bold">
        {t.title[step]}
      </h2>
      {checks.length === 0 ? (
        <p className="mt-3 text-sm">{t.clean}</p>
      ) : (
        <>
          <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-sm">
            {checks.map((check, i) => (
              <CheckItem key={i} check={check} locale={locale} t={t} />
            ))}
          </ul>
          <p className="mt-3 text-sm text-muted">{t.lead}</p>
        </>
      )}
      <div className="mt-5 flex justify-end gap-2">
        {/* With something to check, the safe answer has the focus; with nothing, going ahead does. */}
        <button type="button" className={button} onClick={onCancel} autoFocus={checks.length > 0}>
          {t.cancel}
        </button>
        <button type="button" className={`${button} bg-ink text-paper`} onClick={onConfirm} autoFocus={checks.length === 0}>
          {t.confirm[step]}
        </button>
      </div>
    </dialog>
  );
}
