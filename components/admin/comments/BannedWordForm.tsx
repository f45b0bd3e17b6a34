'use client';

import { buttonClassName, FormField, inputClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { bannedWordMax } from '@/lib/comments/moderation/moderation-limits';
import type { BannedWordLevel } from '@/lib/db/generated/enums';
import { moderationMessages } from '@/lib/i18n/admin/comments';
import type { Locale } from '@/lib/i18n/locales';

type Props = { locale: Locale; add: (form: FormData) => Promise<Result<{ term: string }>> };

const levels: BannedWordLevel[] = ['BANNED', 'SUSPECT'];

/** Adds a word at one of two levels; the word typed stays in the field when it is refused. */
export function BannedWordForm({ locale, add }: Props) {
  const t = moderationMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(add, (_, form) => {
    form.querySelector<HTMLInputElement>('input[name="term"]')!.value = '';
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t.wordsTitle} className="flex flex-wrap items-start gap-3">
      <InputField
        id="banned-word-term"
        label={t.term}
        errors={fieldErrors.term}
        name="term"
        required
        maxLength={bannedWordMax}
        className="w-48"
      />
      <FormField id="banned-word-level" label={t.level} errors={fieldErrors.level}>
        {(control) => (
          <select {...control} name="level" defaultValue="BANNED" className={inputClassName}>
            {levels.map((level) => (
              <option key={level} value={level}>
                {t.levels[level]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" disabled={!ready} className={`${buttonClassName} mt-6`}>
        {pending ? t.adding : t.addWord}
      </button>
      <ul className="mt-6 text-xs text-muted">
        {levels.map((level) => (
          <li key={level}>
            <span className="font-semibold">{t.levels[level]}</span>: {t.levelHints[level]}
          </li>
        ))}
      </ul>
      <p role="status" className="basis-full text-sm font-semibold empty:hidden">
        {result?.ok ? t.wordAdded(result.data.term) : ''}
      </p>
      <p role="alert" className="basis-full text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
    </form>
  );
}
