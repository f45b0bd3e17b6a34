'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { buttonClassName, FormField, inputClassName } from '@/components/shared/FormField';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import type { GlossaryField } from '@/lib/translation/glossary';
import type { GlossaryFormState, GlossaryFormValues } from '@/lib/translation/glossary-form';

type Props = {
  locale: Locale;
  action: (state: GlossaryFormState, formData: FormData) => Promise<GlossaryFormState>;
  initialValues: GlossaryFormValues;
  /** Keeps field ids unique when an edit form and the add form share the page. */
  idPrefix: string;
  label: string;
  mode: 'add' | 'edit';
  cancelHref?: string;
};

export function GlossaryTermForm({ locale, action, initialValues, idPrefix, label, mode, cancelHref }: Props) {
  const t = getAdminMessages(locale);
  const [state, formAction, pending] = useActionState(action, { values: initialValues, fieldErrors: {}, notice: null });
  const errors = (field: GlossaryField) => {
    const code = state.fieldErrors[field];
    return code ? [t.fieldErrors[code]] : [];
  };
  const notice = state.notice && (state.notice.kind === 'added' ? t.glossary.added(state.notice.ko) : t.glossary.termGone);
  const field = (name: GlossaryField, lang: Locale | undefined, hint?: string) => (
    <FormField id={`${idPrefix}-${name}`} label={t.glossary[name]} hint={hint} errors={errors(name)}>
      {(control) => (
        <input {...control} name={name} lang={lang} defaultValue={state.values[name]} required={name !== 'note'} className={inputClassName} />
      )}
    </FormField>
  );

  return (
    <form action={formAction} aria-label={label} noValidate className="flex flex-col gap-4">
      <p role="status" className="text-sm font-semibold empty:hidden">
        {notice}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {field('ko', 'ko', t.glossary.koHint)}
        {field('en', 'en', t.glossary.enHint)}
      </div>
      {field('note', undefined, t.glossary.noteHint)}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClassName}>
          {mode === 'add' ? (pending ? t.glossary.adding : t.glossary.add) : pending ? t.glossary.saving : t.glossary.save}
        </button>
        {cancelHref && (
          <Link href={cancelHref} className="font-semibold hover:underline">
            {t.glossary.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}
