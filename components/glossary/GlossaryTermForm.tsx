'use client';

import Link from 'next/link';
import { buttonClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { glossaryMessages } from '@/lib/i18n/admin/glossary';
import type { Locale } from '@/lib/i18n/locales';
import type { GlossaryField, GlossaryTermView } from '@/lib/translation/glossary';

type Props = {
  locale: Locale;
  action: (form: FormData) => Promise<Result<GlossaryTermView>>;
  /** The term being edited; none for the add form. */
  term?: GlossaryTermView;
  /** Keeps field ids unique when an edit form and the add form share the page. */
  idPrefix: string;
  label: string;
  cancelHref?: string;
};

/** Adding clears the form and says what was added; a saved edit goes back to the list (the action's redirect). */
export function GlossaryTermForm({ locale, action, term, idPrefix, label, cancelHref }: Props) {
  const t = glossaryMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(action, (_, form) => form.reset());
  const field = (name: GlossaryField, lang: Locale | undefined, hint?: string) => (
    <InputField
      id={`${idPrefix}-${name}`}
      label={t[name]}
      hint={hint}
      errors={fieldErrors[name]}
      name={name}
      lang={lang}
      defaultValue={term?.[name] ?? ''}
      required={name !== 'note'}
    />
  );

  return (
    <form onSubmit={submit} aria-label={label} noValidate className="flex flex-col gap-4">
      {term && <input type="hidden" name="id" value={term.id} />}
      <p role="status" className="text-sm font-semibold empty:hidden">
        {result?.ok && !term ? t.added(result.data.ko) : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {Object.keys(fieldErrors).length > 0 ? '' : error}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {field('ko', 'ko', t.koHint)}
        {field('en', 'en', t.enHint)}
      </div>
      {field('note', undefined, t.noteHint)}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {term ? (pending ? t.saving : t.save) : pending ? t.adding : t.add}
        </button>
        {cancelHref && (
          <Link href={cancelHref} className="font-semibold hover:underline">
            {t.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}
