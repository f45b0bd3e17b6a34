import '#server-only';
import type { Database } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { sourceLocale } from '@/lib/i18n/locales';
import type { LocalizedText } from '@/lib/translation/check-messages';
import { loadTranslationChecks, type TranslationChecks } from '@/lib/translation/translation-checks';

/** What one photo's texts say in one language, as stored. */
type PhotoTextRow = { locale: string; alt: string; caption: string; credit: string | null; copyright: string | null };

export type PublishChecklistInput = {
  sectionId: string | null;
  /** Null: the article has no English version. */
  translation: TranslationChecks | null;
  /** The article's photos in order, the lead first, each with its texts in every language it has. */
  photos: readonly { texts: readonly PhotoTextRow[] }[];
};

export type PhotoGap = 'alt' | 'englishAlt' | 'credit';

/** One thing an editor should see before the article goes public; publishing anyway stays their call. */
export type PublishCheck =
  | { kind: 'noSection' }
  | { kind: 'englishMissing' }
  | { kind: 'englishStale' }
  | { kind: 'glossaryConflicts'; messages: LocalizedText[] }
  | { kind: 'photoUndescribed'; position: number; caption: string | null; gaps: PhotoGap[] };

const isBlank = (text: string | null | undefined) => !text?.trim();

function photoGaps(texts: readonly PhotoTextRow[], hasEnglish: boolean): PhotoGap[] {
  const ko = texts.find((text) => text.locale === sourceLocale);
  const en = texts.find((text) => text.locale === 'en');
  return [
    ...(isBlank(ko?.alt) ? (['alt'] as const) : []),
    ...(hasEnglish && isBlank(en?.alt) ? (['englishAlt'] as const) : []),
    // Either line names where the photo comes from: 사진제공 for an outside source, © for the newsroom's own.
    ...(isBlank(ko?.credit) && isBlank(ko?.copyright) ? (['credit'] as const) : []),
  ];
}

/**
 * The pre-publish checklist, in the order the editor reads it: the section, the English version (missing, behind
 * the Korean, at odds with the glossary), then each photo lacking alt text or a credit. Empty when nothing needs a look.
 */
export function publishChecklist({ sectionId, translation, photos }: PublishChecklistInput): PublishCheck[] {
  const checks: PublishCheck[] = [];
  if (!sectionId) checks.push({ kind: 'noSection' });
  if (!translation) checks.push({ kind: 'englishMissing' });
  if (translation?.staleness) checks.push({ kind: 'englishStale' });
  const conflicts = (translation?.warnings ?? []).filter((warning) => warning.severity === 'warning');
  if (conflicts.length > 0) checks.push({ kind: 'glossaryConflicts', messages: conflicts.map((warning) => warning.message) });
  photos.forEach(({ texts }, index) => {
    const gaps = photoGaps(texts, translation !== null);
    const caption = texts.find((text) => text.locale === sourceLocale)?.caption.trim() || null;
    if (gaps.length > 0) checks.push({ kind: 'photoUndescribed', position: index + 1, caption, gaps });
  });
  return checks;
}

/** The checklist for the article as saved: what publishing it now would put before readers. */
export async function loadPublishChecklist(db: Database, articleId: string): Promise<PublishCheck[]> {
  const [article, translation] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: {
        sectionId: true,
        photos: {
          orderBy: { position: 'asc' },
          select: { photo: { select: { texts: { select: { locale: true, alt: true, caption: true, credit: true, copyright: true } } } } },
        },
      },
    }),
    loadTranslationChecks(db, articleId),
  ]);
  if (!article) throw new NotFoundError('No such article');
  return publishChecklist({ sectionId: article.sectionId, translation, photos: article.photos.map(({ photo }) => photo) });
}
