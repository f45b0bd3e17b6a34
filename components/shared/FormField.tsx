import type { ReactNode } from 'react';

type Props = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  /** The control; it gets `id`, and `aria-describedby`/`aria-invalid` from `describedBy`. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
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
