import { bodyToPlainText } from '@/lib/articles/body';
import type { ArticleCreateInput } from '@/lib/articles/edit-schema';
import type { EditorArticle } from '@/lib/articles/editor-data';
import type { EditedText } from '@/lib/articles/edit-schema';

/** What the form holds: everything a save sends, as typed. */
export type Draft = Pick<
  EditorArticle,
  'slug' | 'sectionId' | 'deskId' | 'authorIds' | 'photoIds' | 'photoCrops' | 'tagIds' | 'ko' | 'en'
> & {
  translation: Omit<EditorArticle['translation'], 'stale'> & { markCurrent: boolean };
};

export function draftOf(article: EditorArticle): Draft {
  const { method, machineEngine, translatedAt, reviewedById } = article.translation;
  return { ...article, translation: { method, machineEngine, translatedAt, reviewedById, markCurrent: false } };
}

/** Nothing written in the column (the outlet has a default, so it does not count). */
export function isBlank(text: EditedText): boolean {
  return !text.headline.trim() && text.subtitles.every((s) => !s.trim()) && !text.datelineCity.trim() && !bodyToPlainText(text.body).trim();
}

/** The save's fields from the form: a blank English column means no translation. */
export function contentOf(draft: Draft): ArticleCreateInput {
  const { method, machineEngine, translatedAt, reviewedById, markCurrent } = draft.translation;
  return {
    slug: draft.slug,
    sectionId: draft.sectionId,
    deskId: draft.deskId,
    authorIds: draft.authorIds,
    photoIds: draft.photoIds,
    // Only the chosen photos' crops: the form keeps those of a photo taken off the list, in case it comes back.
    photoCrops: Object.fromEntries(draft.photoIds.flatMap((id) => (draft.photoCrops[id] ? [[id, draft.photoCrops[id]]] : []))),
    tagIds: draft.tagIds,
    ko: draft.ko,
    en: isBlank(draft.en) ? null : draft.en,
    translation: {
      method,
      machineEngine: method === 'MACHINE' ? machineEngine : null,
      translatedAt: translatedAt || null,
      reviewedById,
      markCurrent,
    },
  };
}
