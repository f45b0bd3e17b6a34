import { FormField, inputClassName } from '@/components/shared/FormField';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { normalizeReaderText } from '@/lib/comments/reader/comment-limits';

type Props = {
  id: string;
  name: string;
  label: string;
  locale: Locale;
  value: string;
  onChange: (value: string) => void;
  max: number;
  /** The server's errors for the field, shown while the text is within the limit. */
  errors?: readonly string[];
  required?: boolean;
  rows: number;
};

/** The length the server checks (lib/comments/reader/reader-schema.ts). */
export const sentLength = (text: string) => normalizeReaderText(text).length;

/**
 * A textarea with its character count and no maxLength: the browser would cut a long paste short without a word.
 * Everything stays, and past the limit the field says by how much; its form sends nothing until it is shortened.
 */
export function CountedTextarea({ id, name, label, locale, value, onChange, max, errors, required, rows }: Props) {
  const t = getCommentMessages(locale);
  const length = sentLength(value);
  return (
    <FormField id={id} label={label} hint={t.characterCount(length, max)} errors={length > max ? [t.overLimit(length, max)] : errors}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          rows={rows}
          className={`${inputClassName} resize-y`}
        />
      )}
    </FormField>
  );
}
