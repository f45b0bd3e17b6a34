import { buttonClassName, inputClassName } from '@/components/shared/FormField';
import type { NamedOption } from '@/lib/articles/editor-data';
import type { StaffArticleFilter } from '@/lib/articles/staff-listing';
import { ArticleStatus } from '@/lib/db/generated/enums';
import { articleMessages } from '@/lib/i18n/admin/articles';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';

function Choice({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  any: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value ?? ''} className={inputClassName}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: filters live in the address, so a filtered list can be bookmarked and shared. */
export function ArticleFilters({
  filter,
  sections,
  staff,
  locale,
}: {
  filter: StaffArticleFilter;
  sections: NamedOption[];
  staff: NamedOption[];
  locale: Locale;
}) {
  const t = articleMessages[locale];
  const named = (options: NamedOption[]): [string, string][] => options.map((o) => [o.id, localName(o, locale)]);
  return (
    <form role="search" aria-label={t.filtersLabel} className="flex flex-wrap items-end gap-3">
      <Choice
        name="status"
        label={t.status}
        value={filter.status}
        any={t.any}
        options={Object.values(ArticleStatus).map((s) => [s, t.statuses[s]])}
      />
      <Choice name="section" label={t.section} value={filter.section} any={t.any} options={named(sections)} />
      <Choice name="author" label={t.author} value={filter.author} any={t.any} options={named(staff)} />
      <Choice
        name="translation"
        label={t.translation}
        value={filter.translation}
        any={t.any}
        options={[
          ['missing', t.translationStates.missing],
          ['stale', t.translationStates.stale],
        ]}
      />
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{t.search}</span>
        <input type="search" name="q" defaultValue={filter.q ?? ''} className={inputClassName} />
      </label>
      <button type="submit" className={buttonClassName}>
        {t.applyFilters}
      </button>
    </form>
  );
}
