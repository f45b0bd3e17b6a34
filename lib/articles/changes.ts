import type { FieldChange } from '@/lib/errors';
import { bodyToPlainText, type ArticleBody } from './body';

type ComparableText = {
  locale: string;
  headline: string;
  subtitles: readonly string[];
  datelineCity: string;
  datelineOutlet: string;
  body: ArticleBody;
  machineEngine?: string | null;
};

/** What two states of an article are compared on: a revision snapshot, or a save that was turned away. */
export type ComparableArticle = {
  slug: string;
  sectionId: string | null;
  deskId: string | null;
  authorIds: readonly string[];
  texts: readonly ComparableText[];
};

/** Each field as plain text, so any two states compare (and diff) the same way. */
function textFields(text: ComparableText | undefined): Record<string, string> {
  return {
    headline: text?.headline ?? '',
    subtitles: text?.subtitles.join('\n') ?? '',
    datelineCity: text?.datelineCity ?? '',
    datelineOutlet: text?.datelineOutlet ?? '',
    body: text ? bodyToPlainText(text.body) : '',
    machineEngine: text?.machineEngine ?? '',
  };
}

function articleFields(article: ComparableArticle): Record<string, string> {
  return {
    slug: article.slug,
    sectionId: article.sectionId ?? '',
    deskId: article.deskId ?? '',
    authorIds: article.authorIds.join(','),
  };
}

function changed(before: Record<string, string>, after: Record<string, string>, locale?: string): FieldChange[] {
  return Object.keys(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, ...(locale && { locale }), before: before[field] ?? '', after: after[field] ?? '' }));
}

/** Every field that differs between two states of an article, article fields first, then each language's. */
export function describeChanges(before: ComparableArticle, after: ComparableArticle): FieldChange[] {
  const locales = [...new Set([...before.texts, ...after.texts].map((t) => t.locale))];
  return [
    ...changed(articleFields(before), articleFields(after)),
    ...locales.flatMap((locale) =>
      changed(textFields(before.texts.find((t) => t.locale === locale)), textFields(after.texts.find((t) => t.locale === locale)), locale),
    ),
  ];
}
