'use client';

import Link from 'next/link';
import { buttonClassName, InputField } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { tagMessages } from '@/lib/i18n/admin/tags';
import type { Locale } from '@/lib/i18n/locales';
import type { TagOption } from '@/lib/tags/schema';

type Field = 'nameKo' | 'nameEn' | 'slug';

type Props = {
  locale: Locale;
  action: (form: FormData) => Promise<Result<unknown>>;
  /** The tag being renamed; none for the add form, where only the Korean name is required. */
  tag?: TagOption;
  idPrefix: string;
  label: string;
  cancelHref?: string;
};

/** Adding clears the form and says what was added; a saved rename goes back to the list (the action's redirect). */
export function TagForm({ locale, action, tag, idPrefix, label, cancelHref }: Props) {
  const t = tagMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(action, (_, form) => form.reset());
  const hints: Record<Field, string> = { nameKo: t.nameKoHint, nameEn: t.nameEnHint, slug: t.slugHint };
  const field = (name: Field, lang?: Locale) => (
    <InputField
      id={`${idPrefix}-${name}`}
      label={t[name]}
      hint={hints[name]}
      errors={fieldErrors[name]}
      name={name}
      lang={lang}
      defaultValue={tag?.[name] ?? ''}
      required={!!tag || name === 'nameKo'}
    />
  );
  const added = result?.ok && !tag ? (result.data as TagOption).nameKo : null;

  return (
    <form onSubmit={submit} aria-label={label} noValidate className="flex flex-col gap-4">
      {tag && <input type="hidden" name="id" value={tag.id} />}
      <p role="status" className="text-sm font-semibold empty:hidden">
        {added ? t.added(added) : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {Object.keys(fieldErrors).length > 0 ? '' : error}
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        {field('nameKo', 'ko')}
        {field('nameEn', 'en')}
        {field('slug')}
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {tag ? (pending ? t.saving : t.save) : pending ? t.adding : t.add}
        </button>
        {cancelHref && (
          <Link href={cancelHref} className="font-semibold hover:underline">
            {t.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}
