'use client';

import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';
import { buttonClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';

type Fields<R> = Exclude<keyof R, 'id'> & string;

/** What tells one field from another beyond its name: a hint, its language, whether it is required. */
type FieldAttributes = Omit<ComponentProps<typeof InputField>, 'id' | 'label' | 'name' | 'errors' | 'defaultValue'>;

type Props<T, R> = {
  action: (form: FormData) => Promise<Result<T>>;
  /** The record being edited; none for the add form. */
  record?: R;
  /** Keeps field ids unique when an edit form and the add form share the page. */
  idPrefix: string;
  label: string;
  cancelHref?: string;
  /** The buttons' words and the fields' labels. */
  t: { add: string; adding: string; save: string; saving: string; cancel: string } & Record<Fields<R>, string>;
  /** What the status says once a record was added. */
  added: (data: T) => string;
  /** Lays out the record's fields, each made by `field`: named as the record's, with its value and errors. */
  children: (field: (name: Fields<R>, attributes: FieldAttributes) => ReactNode) => ReactNode;
};

/**
 * The add form of a newsroom list (glossary terms, tags), or the edit form in a record's row. Adding clears the form
 * and says what was added; a saved edit goes back to the list (the action's redirect).
 */
export function RecordForm<T, R extends { id: string } & Record<string, string | null>>(props: Props<T, R>) {
  const { action, record, idPrefix, label, cancelHref, t, added, children } = props;
  const { submit, pending, ready, result, fieldErrors, error } = useAction(action, (_, form) => form.reset());
  const field = (name: Fields<R>, attributes: FieldAttributes) => (
    <InputField
      id={`${idPrefix}-${name}`}
      label={t[name]}
      errors={fieldErrors[name]}
      name={name}
      defaultValue={record?.[name] ?? ''}
      {...attributes}
    />
  );
  return (
    <form onSubmit={submit} aria-label={label} noValidate className="flex flex-col gap-4">
      {record && <input type="hidden" name="id" value={record.id} />}
      <p role="status" className="text-sm font-semibold empty:hidden">
        {result?.ok && !record ? added(result.data) : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {Object.keys(fieldErrors).length > 0 ? '' : error}
      </p>
      {children(field)}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {record ? (pending ? t.saving : t.save) : pending ? t.adding : t.add}
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
