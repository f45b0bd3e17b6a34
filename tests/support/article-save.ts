import { articleBodySchema } from '@/lib/articles/body';
import type { ArticleSave } from '@/lib/articles/edit-schema';
import type { Database } from '@/lib/db/client';

/** A translation record for a human translation, not yet marked as reflecting the current Korean. */
export const humanTranslation = {
  method: 'HUMAN' as const,
  machineEngine: null,
  translatedAt: null,
  reviewedById: null,
  markCurrent: false,
};

/** The save the editor would send for the article as it now stands, with `changes` applied. */
export async function saveFrom(db: Database, articleId: string, changes: Partial<ArticleSave> = {}): Promise<ArticleSave> {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { authors: true, texts: true } });
  const text = (locale: string) => {
    const t = article.texts.find((x) => x.locale === locale)!;
    return {
      headline: t.headline,
      subtitles: t.subtitles,
      datelineCity: t.datelineCity,
      datelineOutlet: t.datelineOutlet,
      body: articleBodySchema.parse(t.body),
    };
  };
  return {
    articleId,
    version: article.version,
    slug: article.slug,
    sectionId: article.sectionId,
    deskId: article.deskId,
    authorIds: article.authors.map((a) => a.staffId),
    ko: text('ko'),
    en: text('en'),
    translation: humanTranslation,
    ...changes,
  };
}
