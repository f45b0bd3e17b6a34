import { locales, type Locale } from '@/lib/i18n/locales';
import type { PhotoTexts } from './schema';

// Apart from schema.ts so the edit form in the browser gets the fields and limits without zod.

export const photoTextFields = ['alt', 'caption', 'credit', 'copyright'] as const;
export type PhotoTextField = (typeof photoTextFields)[number];

export const photoTextLimits: Record<PhotoTextField, number> = { alt: 300, caption: 1000, credit: 200, copyright: 200 };

/** The form's raw fields, per language; in the form they are named `ko.alt`, `en.caption`… */
export type PhotoTextsInput = Record<Locale, Record<PhotoTextField, string>>;

export const photoTextFieldName = (locale: Locale, field: PhotoTextField) => `${locale}.${field}`;

function inputOf(read: (locale: Locale, field: PhotoTextField) => string): PhotoTextsInput {
  const textOf = (locale: Locale) => Object.fromEntries(photoTextFields.map((field) => [field, read(locale, field)]));
  return Object.fromEntries(locales.map((locale) => [locale, textOf(locale)])) as PhotoTextsInput;
}

/** Anything missing or not text reads as empty. */
export function photoTextsFromForm(form: FormData): PhotoTextsInput {
  return inputOf((locale, field) => {
    const value = form.get(photoTextFieldName(locale, field));
    return typeof value === 'string' ? value : '';
  });
}

export function photoTextsInput(texts: PhotoTexts): PhotoTextsInput {
  return inputOf((locale, field) => texts[locale]?.[field] ?? '');
}
