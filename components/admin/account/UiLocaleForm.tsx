'use client';

import { changeUiLocaleAction } from '@/app/(admin)/admin/account/actions';
import { accountMessages } from '@/lib/i18n/admin/account';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import { useAction } from '@/components/shared/use-action';
import { buttonClassName, FormField, inputClassName } from '@/components/shared/FormField';

export function UiLocaleForm({ locale }: { locale: Locale }) {
  const t = accountMessages[locale];
  const { submit, ready, result, fieldErrors } = useAction(changeUiLocaleAction);
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-4">
      <FormField id="uiLocale" label={t.language} errors={fieldErrors.uiLocale}>
        {(control) => (
          <select {...control} name="uiLocale" defaultValue={locale} className={inputClassName}>
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {localeNames[option]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" disabled={!ready} className={buttonClassName}>
        {t.saveLanguage}
      </button>
      <p role="status" className="text-sm text-muted">
        {result?.ok ? t.languageSaved : ''}
      </p>
    </form>
  );
}
