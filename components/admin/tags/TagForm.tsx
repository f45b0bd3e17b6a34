'use client';

import { RecordForm } from '@/components/admin/RecordForm';
import type { Result } from '@/lib/actions/result';
import { tagMessages } from '@/lib/i18n/admin/tags';
import type { Locale } from '@/lib/i18n/locales';
import type { TagOption } from '@/lib/tags/schema';

type Props = {
  locale: Locale;
  action: (form: FormData) => Promise<Result<unknown>>;
  /** The tag being renamed; none for the add form, where only the Korean name is required. */
  tag?: TagOption;
  idPrefix: string;
  label: string;
  cancelHref?: string;
};

export function TagForm({ locale, action, tag, idPrefix, label, cancelHref }: Props) {
  const t = tagMessages[locale];
  return (
    <RecordForm
      action={action}
      record={tag}
      idPrefix={idPrefix}
      label={label}
      cancelHref={cancelHref}
      t={t}
      added={(added) => t.added((added as TagOption).nameKo)}
    >
      {(field) => (
        <div className="grid gap-4 sm:grid-cols-3">
          {field('nameKo', { hint: t.nameKoHint, lang: 'ko', required: true })}
          {field('nameEn', { hint: t.nameEnHint, lang: 'en', required: !!tag })}
          {field('slug', { hint: t.slugHint, required: !!tag })}
        </div>
      )}
    </RecordForm>
  );
}
