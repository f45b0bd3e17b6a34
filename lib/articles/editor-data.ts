import '#server-only';
import type { Database } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { getMessages } from '@/lib/i18n/messages';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { toKoreaDateTimeInput } from '@/lib/i18n/time';
import { listDesks } from '@/lib/newsroom/desks';
import { listSections } from '@/lib/newsroom/sections';
import type { TagOption } from '@/lib/tags/schema';
import { listTagOptions } from '@/lib/tags/tags';
import type { EditedText, PhotoCrops } from './edit-schema';
import { findArticlePhotoCrops } from './photo-crops';
import { snapshotSelect, snapshotText, toSnapshot, type SnapshotText } from './revisions';
import { isTranslationStale } from './staleness';

/** An article as the editor form starts from: plain data a client component can take. */
export type EditorArticle = {
  id: string | null;
  version: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  slug: string;
  sectionId: string | null;
  deskId: string | null;
  authorIds: string[];
  photoIds: string[];
  /** The article's own crops of its photos, by photo id. */
  photoCrops: PhotoCrops;
  tagIds: string[];
  ko: EditedText;
  /** The English column; blank (see blankText) where there is no translation yet. */
  en: EditedText;
  translation: { method: 'HUMAN' | 'MACHINE'; machineEngine: string; translatedAt: string; reviewedById: string | null; stale: boolean };
};

export type NamedOption = { id: string; nameKo: string; nameEn: string };
export type EditorOptions = { sections: NamedOption[]; desks: NamedOption[]; staff: NamedOption[]; tags: TagOption[] };

/** A language column nobody has written in yet; the outlet defaults to this site. */
export function blankText(locale: Locale): EditedText {
  return {
    headline: '',
    subtitles: [],
    datelineCity: '',
    datelineOutlet: getMessages(locale).siteName,
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}

/** The editor's article before its first save: by the staff member, for their desk. */
export async function loadNewEditorArticle(db: Database, staffId: string): Promise<EditorArticle> {
  const author = await db.staff.findUniqueOrThrow({ where: { id: staffId }, select: { id: true, deskId: true } });
  return {
    id: null,
    version: 0,
    status: 'DRAFT',
    publishedAt: null,
    slug: '',
    sectionId: null,
    deskId: author.deskId,
    authorIds: [author.id],
    photoIds: [],
    photoCrops: {},
    tagIds: [],
    ko: blankText(sourceLocale),
    en: blankText('en'),
    translation: { method: 'HUMAN', machineEngine: '', translatedAt: '', reviewedById: null, stale: false },
  };
}

export async function loadEditorArticle(db: Database, articleId: string): Promise<EditorArticle | null> {
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      version: true,
      publishedAt: true,
      tags: { orderBy: { position: 'asc' }, select: { tagId: true } },
      ...snapshotSelect,
    },
  });
  if (!row) return null;
  const snapshot = toSnapshot(row);
  const ko = snapshotText(snapshot, sourceLocale);
  const en = snapshotText(snapshot, 'en');
  const editable = (text: SnapshotText | undefined, locale: Locale): EditedText =>
    text
      ? {
          headline: text.headline,
          subtitles: text.subtitles,
          datelineCity: text.datelineCity,
          datelineOutlet: text.datelineOutlet,
          body: text.body,
        }
      : blankText(locale);
  return {
    slug: snapshot.slug,
    status: snapshot.status,
    sectionId: snapshot.sectionId,
    deskId: snapshot.deskId,
    authorIds: snapshot.authorIds,
    photoIds: snapshot.photoIds,
    photoCrops: await findArticlePhotoCrops(db, row.id),
    tagIds: row.tags.map((t) => t.tagId),
    id: row.id,
    version: row.version,
    publishedAt: row.publishedAt,
    ko: editable(ko, sourceLocale),
    en: editable(en, 'en'),
    translation: {
      method: en?.method === 'MACHINE' ? 'MACHINE' : 'HUMAN',
      machineEngine: en?.machineEngine ?? '',
      translatedAt: en?.translatedAt ? toKoreaDateTimeInput(new Date(en.translatedAt)) : '',
      reviewedById: en?.reviewedById ?? null,
      stale: !!en && isTranslationStale(en, ko),
    },
  };
}

/** Sections, desks, the staff who can write or review, and the tags, for the editor's choices. */
export async function loadEditorOptions(db: Database): Promise<EditorOptions> {
  const [sections, desks, staff, tags] = await Promise.all([
    listSections(db),
    listDesks(db),
    db.staff.findMany({
      where: { active: true, role: { in: ['REPORTER', 'EDITOR', 'ADMIN'] } },
      orderBy: { nameKo: 'asc' },
      select: { id: true, nameKo: true, nameEn: true },
    }),
    listTagOptions(db),
  ]);
  return { sections: sections.map(({ id, nameKo, nameEn }) => ({ id, nameKo, nameEn })), desks, staff, tags };
}
