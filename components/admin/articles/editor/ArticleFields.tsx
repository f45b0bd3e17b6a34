import { FormField, inputClassName, InputField } from '@/components/shared/FormField';
import { moveItem } from '@/components/media/move-item';
import type { EditorOptions, NamedOption } from '@/lib/articles/editor-data';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import type { Draft } from './draft';

const smallButton = 'rounded border border-rule px-2 py-1 text-sm disabled:opacity-40';

type Props = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  options: EditorOptions;
  errorsAt: (path: string) => string[];
  readOnly: boolean;
  locale: Locale;
  t: AdminMessages['articles'];
};

function OptionSelect({
  control,
  value,
  options,
  onChange,
  readOnly,
  locale,
  none,
}: {
  control: object;
  value: string | null;
  options: NamedOption[];
  onChange: (id: string | null) => void;
  readOnly: boolean;
  locale: Locale;
  none: string;
}) {
  return (
    <select
      {...control}
      value={value ?? ''}
      disabled={readOnly}
      onChange={(e) => onChange(e.target.value || null)}
      className={inputClassName}
    >
      <option value="">{none}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {localName(option, locale)}
        </option>
      ))}
    </select>
  );
}

/** Section, dateline desk, bylines in order, and the address. */
export function ArticleFields({ draft, onChange, options, errorsAt, readOnly, locale, t }: Props) {
  const nameOf = (id: string) => {
    const staff = options.staff.find((s) => s.id === id);
    return staff ? localName(staff, locale) : id;
  };
  const authors = draft.authorIds;
  const authorErrors = errorsAt('authorIds');
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-bold">{t.articleFields}</legend>
      <FormField id="article-section" label={t.section} errors={errorsAt('sectionId')}>
        {(control) => (
          <OptionSelect
            control={control}
            value={draft.sectionId}
            options={options.sections}
            onChange={(sectionId) => onChange({ sectionId })}
            readOnly={readOnly}
            locale={locale}
            none={t.none}
          />
        )}
      </FormField>
      <FormField id="article-desk" label={t.desk} errors={errorsAt('deskId')}>
        {(control) => (
          <OptionSelect
            control={control}
            value={draft.deskId}
            options={options.desks}
            onChange={(deskId) => onChange({ deskId })}
            readOnly={readOnly}
            locale={locale}
            none={t.none}
          />
        )}
      </FormField>
      <InputField
        id="article-slug"
        label={t.slug}
        hint={t.slugHint}
        errors={errorsAt('slug')}
        value={draft.slug}
        readOnly={readOnly}
        onChange={(e) => onChange({ slug: e.target.value })}
      />
      <div className="flex flex-col gap-1">
        <span id="article-authors" className="text-sm font-semibold">
          {t.authors}
        </span>
        <ol aria-labelledby="article-authors" className="flex flex-col gap-1">
          {authors.map((id, index) => (
            <li key={id} className="flex items-center gap-1 text-sm">
              <span className="flex-1">{nameOf(id)}</span>
              {!readOnly && (
                <>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={index === 0}
                    onClick={() => onChange({ authorIds: moveItem(authors, index, index - 1) })}
                    aria-label={`↑ ${nameOf(id)}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={index === authors.length - 1}
                    onClick={() => onChange({ authorIds: moveItem(authors, index, index + 1) })}
                    aria-label={`↓ ${nameOf(id)}`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={authors.length === 1}
                    onClick={() => onChange({ authorIds: authors.filter((a) => a !== id) })}
                    aria-label={`✕ ${nameOf(id)}`}
                  >
                    ✕
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
        {!readOnly && (
          <select
            aria-label={t.author}
            value=""
            onChange={(e) => e.target.value && onChange({ authorIds: [...authors, e.target.value] })}
            className={inputClassName}
          >
            <option value="">+ {t.author}</option>
            {options.staff
              .filter((s) => !authors.includes(s.id))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {localName(s, locale)}
                </option>
              ))}
          </select>
        )}
        {authorErrors.length > 0 && <p className="text-sm text-accent">{authorErrors.join(' ')}</p>}
      </div>
    </fieldset>
  );
}
