import type { GlossaryFieldErrors } from './glossary';

export type GlossaryFormValues = { ko: string; en: string; note: string };

/** What a glossary form shows after a submission: the typed values stay unless the term was saved. */
export type GlossaryFormState = {
  values: GlossaryFormValues;
  fieldErrors: GlossaryFieldErrors;
  notice: { kind: 'added'; ko: string } | { kind: 'termGone' } | null;
};

export const emptyGlossaryValues: GlossaryFormValues = { ko: '', en: '', note: '' };

export function glossaryFormValues(formData: FormData): GlossaryFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { ko: text('ko'), en: text('en'), note: text('note') };
}
