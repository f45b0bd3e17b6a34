'use client';

import { RecordForm } from '@/components/admin/RecordForm';
import type { Result } from '@/lib/actions/result';
import { glossaryMessages } from '@/lib/i18n/admin/glossary';
import type { Locale } from '@/lib/i18n/locales';
import type { GlossaryTermView } from '@/lib/translation/glossary';

type Props = {
  locale: Locale;
  action: (form: FormData) => Promise<Result<GlossaryTermView>>;
  /** The term being edited; none for the add form. */
  term?: GlossaryTermView;
  idPrefix: string;
  label: string;
  cancelHref?: string;
};

export function GlossaryTermForm({ locale, action, term, idPrefix, label, cancelHref }: Props) {
  const t = glossaryMessages[locale];
  return (
    <RecordForm
      action={action}
      record={term}
      idPrefix={idPrefix}
      label={label}
      cancelHref={cancelHref}
      t={t}
      added={(added) => t.added(added.ko)}
    >
      {(field) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {field('ko', { hint: t.koHint, lang: 'ko', required: true })}
            {field('en', { hint: t.enHint, lang: 'en', required: true })}
          </div>
          {field('note', { hint: t.noteHint })}
        </>
      )}
    </RecordForm>
  );
}
