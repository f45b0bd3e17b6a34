'use client';

import { useActionState } from 'react';
import { changeUiLocaleAction } from '@/app/(admin)/admin/account/actions';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import type { UiLocaleField } from '@/lib/staff/change-ui-locale';
import { fieldErrorTexts } from '@/lib/staff/field-errors';
import { initialFormState } from '@/lib/staff/form-state';
import { buttonClassName, FormField, inputClassName } from '@/components/shared/FormField';

export function UiLocaleForm({ locale }: { locale: Locale }) {
  const t = getAdminMessages(locale);
  const [state, action, pending] = useActionState(changeUiLocaleAction, initialFormState<UiLocaleField>());
  return (
    <form action={action} className="flex flex-wrap items-end gap-4">
      <FormField id="uiLocale" label={t.language} errors={fieldErrorTexts(state.fieldErrors.uiLocale, t)}>
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
      <button type="submit" disabled={pending} className={buttonClassName}>
        {t.saveLanguage}
      </button>
      <p role="status" className="text-sm text-muted">
        {state.done ? t.languageSaved : ''}
      </p>
    </form>
  );
}
