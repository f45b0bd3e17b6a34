'use client';

import { buttonClassName, InputField, TextareaField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { errorMessages } from '@/lib/i18n/admin/errors';
import { mediaMessages } from '@/lib/i18n/admin/media';
import { locales, type Locale } from '@/lib/i18n/locales';
import {
  photoTextFieldName,
  photoTextFields,
  photoTextLimits,
  photoTextsFromForm,
  type PhotoTextField,
  type PhotoTextsInput,
} from '@/lib/media/text-fields';

type Props = {
  locale: Locale;
  photoId: string;
  initial: PhotoTextsInput;
  save: (input: PhotoTextsInput & { photoId: string }) => Promise<Result<{ articleSlugs: string[] }>>;
  /** Shown, not changed: the server would refuse this staff member's change (canEditPhotoTexts). */
  readOnly: boolean;
};

/** Alt text, caption, credit and copyright in Korean and English, saved together. */
export function PhotoTextsForm({ locale, photoId, initial, save, readOnly }: Props) {
  const t = mediaMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction((form) => save({ ...photoTextsFromForm(form), photoId }));

  const hints: Partial<Record<PhotoTextField, string>> = {
    alt: t.altHint,
    caption: t.captionHint,
    credit: t.creditHint,
    copyright: t.copyrightHint,
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      {readOnly && (
        <p role="note" className="rounded border border-accent p-3 text-sm">
          {errorMessages[locale].actionErrors.photoTextsEditorsOnly}
        </p>
      )}
      {locales.map((textLocale) => (
        <fieldset key={textLocale} lang={textLocale} disabled={readOnly} className="flex flex-col gap-4 rounded border border-rule p-4">
          <legend lang={locale} className="px-1 font-semibold">
            {t.languages[textLocale]}
          </legend>
          {textLocale !== 'ko' && (
            <p lang={locale} className="text-sm text-muted">
              {t.englishOptional}
            </p>
          )}
          {photoTextFields.map((field) => {
            const name = photoTextFieldName(textLocale, field);
            const shared = {
              id: `${textLocale}-${field}`,
              label: t.fields[field],
              hint: hints[field],
              errors: fieldErrors[name],
              name,
              defaultValue: initial[textLocale][field],
              maxLength: photoTextLimits[field],
            };
            return field === 'alt' || field === 'caption' ? (
              <TextareaField key={field} {...shared} rows={field === 'alt' ? 2 : 3} required={field === 'alt' && textLocale === 'ko'} />
            ) : (
              <InputField key={field} {...shared} />
            );
          })}
        </fieldset>
      ))}
      {!readOnly && (
        <div className="flex items-center gap-4">
          <button type="submit" disabled={!ready} className={buttonClassName}>
            {pending ? t.saving : t.save}
          </button>
          <p role="status" className="text-sm empty:hidden">
            {result?.ok ? t.saved : ''}
          </p>
        </div>
      )}
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
    </form>
  );
}
