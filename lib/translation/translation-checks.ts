import '#server-only';
import { articleBodySchema } from '@/lib/articles/body';
import { isTranslationStale } from '@/lib/articles/staleness';
import type { Database } from '@/lib/db/client';
import { sourceLocale } from '@/lib/i18n/locales';
import { changedSourceText, type SourceTextChanges } from './changed-paragraphs';
import { checkGlossary, type GlossaryWarning } from './glossary-check';
import { findSourceTextAt } from './source-at-translation';

const translationLocale = 'en';

export type TranslationChecks = {
  warnings: GlossaryWarning[];
  /** Null while the translation is current; `changes` is null when the Korean text it was made from is not on record. */
  staleness: { changes: SourceTextChanges | null } | null;
};

/** What an editor should know about an article's English translation; null while it has none. */
export async function loadTranslationChecks(db: Database, articleId: string): Promise<TranslationChecks | null> {
  const [texts, terms] = await Promise.all([
    db.articleText.findMany({
      where: { articleId, locale: { in: [sourceLocale, translationLocale] } },
      select: { locale: true, headline: true, subtitles: true, body: true, textVersion: true, translatedFromVersion: true },
    }),
    db.glossaryTerm.findMany({ select: { ko: true, en: true }, orderBy: { ko: 'asc' } }),
  ]);
  const [source, translation] = [sourceLocale, translationLocale].map((locale) => {
    const text = texts.find((t) => t.locale === locale);
    return text && { ...text, body: articleBodySchema.parse(text.body) };
  });
  if (!source || !translation) return null;
  const stale = isTranslationStale(translation, source);
  const translatedFrom = stale && (await findSourceTextAt(db, articleId, translation.translatedFromVersion!));
  return {
    warnings: checkGlossary(terms, source, translation),
    staleness: stale ? { changes: translatedFrom ? changedSourceText(translatedFrom, source) : null } : null,
  };
}
