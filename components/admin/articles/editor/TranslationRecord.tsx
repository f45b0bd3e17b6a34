import { FormField, inputClassName, InputField } from '@/components/shared/FormField';
import type { NamedOption } from '@/lib/articles/editor-data';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import type { Draft } from './draft';

type Record = Draft['translation'];

type Props = {
  value: Record;
  onChange: (patch: Partial<Record>) => void;
  stale: boolean;
  staff: NamedOption[];
  errorsAt: (path: string) => string[];
  readOnly: boolean;
  locale: Locale;
  t: AdminMessages['articles'];
};

/** How the English text was made and who checked it: the public disclaimer and staleness notice follow from this. */
export function TranslationRecord({ value, onChange, stale, staff, errorsAt, readOnly, locale, t }: Props) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-bold">{t.translationRecord}</legend>
      {stale && <p className="rounded border border-accent p-2 text-sm sm:col-span-2">{t.translationIsStale}</p>}
      <FormField id="translation-method" label={t.method} errors={errorsAt('translation.method')}>
        {(control) => (
          <select
            {...control}
            value={value.method}
            disabled={readOnly}
            onChange={(e) => onChange({ method: e.target.value === 'MACHINE' ? 'MACHINE' : 'HUMAN' })}
            className={inputClassName}
          >
            <option value="HUMAN">{t.methods.HUMAN}</option>
            <option value="MACHINE">{t.methods.MACHINE}</option>
          </select>
        )}
      </FormField>
      {value.method === 'MACHINE' && (
        <InputField
          id="translation-engine"
          label={t.machineEngine}
          errors={errorsAt('translation.machineEngine')}
          value={value.machineEngine}
          readOnly={readOnly}
          onChange={(e) => onChange({ machineEngine: e.target.value })}
        />
      )}
      <InputField
        id="translation-at"
        label={t.translatedAt}
        errors={errorsAt('translation.translatedAt')}
        type="datetime-local"
        value={value.translatedAt}
        readOnly={readOnly}
        onChange={(e) => onChange({ translatedAt: e.target.value })}
      />
      <FormField id="translation-reviewer" label={t.reviewer} errors={errorsAt('translation.reviewedById')}>
        {(control) => (
          <select
            {...control}
            value={value.reviewedById ?? ''}
            disabled={readOnly}
            onChange={(e) => onChange({ reviewedById: e.target.value || null })}
            className={inputClassName}
          >
            <option value="">{t.none}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {localName(s, locale)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input
          type="checkbox"
          checked={value.markCurrent}
          disabled={readOnly}
          onChange={(e) => onChange({ markCurrent: e.target.checked })}
        />
        {t.markCurrent}
      </label>
    </fieldset>
  );
}
