import type { FieldErrors } from './field-errors';

/**
 * What a form's server action hands back to it: errors by field, and what was typed so the form
 * shows it again (never passwords). `done` is set when the change succeeded.
 */
export type FormState<Field extends string> = {
  fieldErrors: FieldErrors<Field>;
  values: Partial<Record<Field, string>>;
  done: boolean;
};

export function initialFormState<Field extends string>(): FormState<Field> {
  return { fieldErrors: {}, values: {}, done: false };
}

/** The named text fields of a submitted form. */
export function formValues<Field extends string>(formData: FormData, fields: readonly Field[]): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}
