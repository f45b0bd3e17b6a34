'use client';

import { buttonClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { reportThresholdRange } from '@/lib/comments/moderation/moderation-limits';
import type { CommentSettingsView } from '@/lib/comments/reader/comment-rules';
import type { CommentMode } from '@/lib/db/generated/enums';
import { moderationMessages } from '@/lib/i18n/admin/comments';
import type { Locale } from '@/lib/i18n/locales';

type Props = { locale: Locale; settings: CommentSettingsView; save: (form: FormData) => Promise<Result<{ hidden: number }>> };

const modes: CommentMode[] = ['OPEN', 'PREMODERATED', 'CLOSED'];

/** The site's comment mode and how many readers' reports hide a comment. */
export function SiteSettingsForm({ locale, settings, save }: Props) {
  const t = moderationMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(save);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="site-settings-title" className="flex flex-col gap-4">
      <h2 id="site-settings-title" className="text-lg font-bold">
        {t.siteTitle}
      </h2>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold">{t.siteMode}</legend>
        {modes.map((mode) => (
          <label key={mode} className="flex items-baseline gap-2">
            <input type="radio" name="mode" value={mode} defaultChecked={settings.mode === mode} />
            <span>
              <span className="font-semibold">{t.modes[mode]}</span> <span className="text-sm text-muted">{t.modeHints[mode]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <InputField
        id="report-threshold"
        label={t.reportThreshold}
        hint={t.reportThresholdHint(reportThresholdRange.min, reportThresholdRange.max)}
        errors={fieldErrors.reportThreshold}
        type="number"
        name="reportThreshold"
        min={reportThresholdRange.min}
        max={reportThresholdRange.max}
        defaultValue={settings.reportThreshold}
        className="w-24"
      />
      <div className="flex items-center gap-4">
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {pending ? t.saving : t.save}
        </button>
        <p role="status" className="text-sm font-semibold empty:hidden">
          {result?.ok ? t.saved : ''}
        </p>
      </div>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
    </form>
  );
}
