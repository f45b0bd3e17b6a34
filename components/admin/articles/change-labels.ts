import type { EditorOptions } from '@/lib/articles/editor-data';
import type { FieldChange } from '@/lib/errors';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { isLocale, localeNames, type Locale } from '@/lib/i18n/locales';

const idFields = new Set(['sectionId', 'deskId', 'authorIds']);

/** How a changed field is named and shown to staff: `제목 (English)`, ids as the names they stand for. */
export function changeLabels(options: EditorOptions, locale: Locale, t: AdminMessages['articles']) {
  const names = new Map([...options.sections, ...options.desks, ...options.staff].map((o) => [o.id, localName(o, locale)]));
  return {
    label: ({ field, locale: textLocale }: FieldChange) => {
      const name = t.fields[field as keyof typeof t.fields] ?? field;
      return textLocale && isLocale(textLocale) ? `${name} (${localeNames[textLocale]})` : name;
    },
    value: (field: string, value: string) =>
      idFields.has(field)
        ? value
            .split(',')
            .filter(Boolean)
            .map((id) => names.get(id) ?? id)
            .join(', ')
        : value,
  };
}
