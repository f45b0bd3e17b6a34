import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

/** What a field shows around its control: the label, a hint, and the errors of the last try. */
type FieldLabels = { id: string; label: string; hint?: string; errors?: readonly string[] };

type Control = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type Props = FieldLabels & {
  /** The control; it gets `id`, and `aria-describedby`/`aria-invalid` from `describedBy`. */
  children: (control: Control) => ReactNode;
};

/** A label, the control, then its hint and errors, which screen readers announce with the control. */
export function FormField({ id, label, hint, errors = [], children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-accent">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

export const inputClassName = 'rounded border border-rule bg-paper px-3 py-2 text-ink aria-[invalid=true]:border-accent';
export const buttonClassName =
  'rounded bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90 disabled:cursor-wait disabled:opacity-60';

/** A control's own attributes: FormField gives the id and the aria links; a `className` adds to the house style. */
type FieldProps<Attributes> = FieldLabels & Omit<Attributes, keyof Control>;
type InputFieldProps = FieldProps<InputHTMLAttributes<HTMLInputElement>>;
type TextareaFieldProps = FieldProps<TextareaHTMLAttributes<HTMLTextAreaElement>>;

const styled = (className: string | undefined) => (className ? `${inputClassName} ${className}` : inputClassName);

/** The common field: a FormField around an input in the house style. */
export function InputField({ id, label, hint, errors, className, ...input }: InputFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} {...input} className={styled(className)} />}
    </FormField>
  );
}

/** The same around a textarea. */
export function TextareaField({ id, label, hint, errors, className, ...textarea }: TextareaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} {...textarea} className={styled(className)} />}
    </FormField>
  );
}
