'use client';

import { useState } from 'react';
import { buttonClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { breakingDurations, breakingHeadlineLimits, type BreakingDuration, type BreakingField } from '@/lib/breaking/schema';
import { breakingMessages } from '@/lib/i18n/admin/breaking';
import type { Locale } from '@/lib/i18n/locales';

type Props = { locale: Locale; action: (form: FormData) => Promise<Result<unknown>> };

/** Puts up a banner; the page above lists it once the action has revalidated it. */
export function BreakingBannerForm({ locale, action }: Props) {
  const t = breakingMessages[locale];
  const [duration, setDuration] = useState<BreakingDuration>('1h');
  const { submit, pending, ready, result, fieldErrors, error } = useAction(action, (_, form) => {
    form.reset();
    setDuration('1h');
  });
  const errorsOf = (name: BreakingField) => fieldErrors[name];

  return (
    <form onSubmit={submit} aria-label={t.setTitle} noValidate className="flex flex-col gap-4">
      <p role="status" className="text-sm font-semibold empty:hidden">
        {result?.ok ? t.done : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {Object.keys(fieldErrors).length > 0 ? '' : error}
      </p>
      <InputField
        id="breaking-headline-ko"
        label={t.headlineKo}
        errors={errorsOf('headlineKo')}
        name="headlineKo"
        lang="ko"
        required
        maxLength={breakingHeadlineLimits.ko}
      />
      <InputField
        id="breaking-headline-en"
        label={t.headlineEn}
        hint={t.headlineEnHint}
        errors={errorsOf('headlineEn')}
        name="headlineEn"
        lang="en"
        maxLength={breakingHeadlineLimits.en}
      />
      <InputField id="breaking-link" label={t.link} hint={t.linkHint} errors={errorsOf('link')} name="link" required inputMode="url" />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">{t.duration}</legend>
        <div className="flex flex-wrap gap-4">
          {breakingDurations.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="duration" value={value} checked={duration === value} onChange={() => setDuration(value)} />
              {t.durations[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {duration === 'until' && (
        <InputField id="breaking-until" label={t.untilLabel} errors={errorsOf('until')} type="datetime-local" name="until" required />
      )}
      <div>
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {pending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}
