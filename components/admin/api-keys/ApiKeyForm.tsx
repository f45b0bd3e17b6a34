'use client';

import { buttonClassName, inputClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { apiKeysMessages } from '@/lib/i18n/admin/api-keys';
import type { Locale } from '@/lib/i18n/locales';

type Props = {
  locale: Locale;
  action: (form: FormData) => Promise<Result<{ name: string; key: string }>>;
  range: { min: number; max: number; default: number };
  /** Where the API answers, for the example request. */
  apiUrl: string;
};

/** Making a key clears the form and shows the key this once, with a request to try it; a reload shows it no more. */
export function ApiKeyForm({ locale, action, range, apiUrl }: Props) {
  const t = apiKeysMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(action, (_, form) => form.reset());
  const made = result?.ok ? result.data : null;

  return (
    <>
      <form onSubmit={submit} aria-label={t.createTitle} noValidate className="flex flex-col gap-4">
        <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
          {Object.keys(fieldErrors).length > 0 ? '' : error}
        </p>
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <InputField id="api-key-name" label={t.name} hint={t.nameHint} errors={fieldErrors.name} name="name" required maxLength={80} />
          <InputField
            id="api-key-limit"
            label={t.requestsPerMinute}
            hint={t.requestsPerMinuteHint(range.min, range.max)}
            errors={fieldErrors.requestsPerMinute}
            name="requestsPerMinute"
            type="number"
            min={range.min}
            max={range.max}
            defaultValue={range.default}
            required
          />
        </div>
        <div>
          <button type="submit" disabled={!ready} className={buttonClassName}>
            {pending ? t.creating : t.create}
          </button>
        </div>
      </form>
      {made && (
        <section role="status" aria-labelledby="api-key-made" className="mt-6 rounded border-2 border-ink p-4">
          <h3 id="api-key-made" className="font-bold">
            {t.createdTitle(made.name)}
          </h3>
          <p className="mt-1 text-sm">{t.createdLead}</p>
          <label htmlFor="api-key-value" className="mt-3 block text-sm font-semibold">
            {t.keyLabel}
          </label>
          <input id="api-key-value" readOnly value={made.key} className={`${inputClassName} mt-1 w-full font-mono text-sm`} />
          <p className="mt-3 text-sm font-semibold">{t.usage}</p>
          {/* Scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it too. */}
          <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-rule/30 p-2 text-xs">
            {`curl -H 'Authorization: Bearer ${made.key}' '${apiUrl}/articles?locale=ko&limit=5'`}
          </pre>
        </section>
      )}
    </>
  );
}
