'use client';

import { useId } from 'react';
import { useAction } from '@/components/shared/use-action';
import { inputClassName } from '@/components/shared/FormField';
import type { Result } from '@/lib/actions/result';
import { tagMessages } from '@/lib/i18n/admin/tags';
import type { Locale } from '@/lib/i18n/locales';
import type { TagOption } from '@/lib/tags/schema';

type Props = {
  locale: Locale;
  tag: TagOption;
  /** The tags it may be merged into. */
  others: readonly TagOption[];
  action: (form: FormData) => Promise<Result<unknown>>;
};

/** Asks first, then moves the tag's articles to the chosen tag and removes it; the page refreshes from the action. */
export function TagMergeForm({ locale, tag, others, action }: Props) {
  const t = tagMessages[locale];
  const id = useId();
  const { submit, ready, fieldErrors, error } = useAction(action);
  const problem = fieldErrors.intoId?.join(' ') ?? error;
  return (
    <form
      aria-label={t.mergeTitle(tag.nameKo)}
      onSubmit={(event) => (window.confirm(t.confirmMerge(tag.nameKo)) ? submit(event) : event.preventDefault())}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="id" value={tag.id} />
      <label htmlFor={`${id}-into`} className="sr-only">
        {t.mergeTitle(tag.nameKo)}
      </label>
      <select id={`${id}-into`} name="intoId" defaultValue="" className={`${inputClassName} py-1 text-sm`}>
        <option value="">{t.mergeInto}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.nameKo}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!ready} className="font-semibold text-accent hover:underline disabled:opacity-60">
        {t.merge}
      </button>
      {problem && <p className="w-full text-sm text-accent">{problem}</p>}
    </form>
  );
}
