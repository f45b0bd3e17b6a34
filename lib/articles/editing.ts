import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import { can, canEditArticle } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import type { ArticleStatus, Role } from '@/lib/db/generated/enums';
import type { Prisma } from '@/lib/db/generated/client';
import { ConflictError, ForbiddenActionError, InvalidInputError, NotFoundError } from '@/lib/errors';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { writeArticleTags } from '@/lib/tags/editing';
import { enqueueArticleEvent } from '@/lib/webhooks/article-events';
import { articleBodySchema, bodyPhotoIds } from './body';
import { describeChanges } from './changes';
import { findArticlePhotoCrops, storeArticleCropVariants, writeArticlePhotos } from './photo-crops';
import { editedTextSchema, type ArticleCreate, type ArticleSave, type EditedText, type PhotoCrops } from './edit-schema';
import { findRevision, findSnapshotAt, snapshotSelect, snapshotText, toSnapshot, writeRevision } from './revisions';
import { slugFromHeadline, uniqueSlug } from './slug';
import { articleTextRecord } from './text-record';

export type Editor = { id: string; role: Role };

/** What a save or workflow step leaves behind, for the editor and for refreshing reader pages. */
export type ArticleChange = {
  articleId: string;
  version: number;
  slug: string;
  /** Slugs whose reader pages now show something else (old and new slug when a public address changed). */
  readerSlugs: string[];
};

type Tx = Prisma.TransactionClient;

/** The article as a permission check (editing or reading) needs it, or NotFoundError. */
export async function loadArticleForEditing(db: Database, articleId: string) {
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, status: true, version: true, publishedAt: true, deskId: true, authors: { select: { staffId: true } } },
  });
  if (!row) throw new NotFoundError('No such article');
  return { ...row, authorIds: row.authors.map((a) => a.staffId) };
}

function assertCanEdit(editor: Editor, article: { status: ArticleStatus; authorIds: readonly string[] }) {
  if (!canEditArticle(editor, article)) throw new ForbiddenActionError('This article cannot be edited by this account');
}

async function assertSlugFree(db: Database, slug: string, articleId?: string) {
  const other = await db.article.findFirst({ where: { slug, ...(articleId && { id: { not: articleId } }) }, select: { id: true } });
  if (other) throw new InvalidInputError({ slug: ['slugTaken'] });
}

/**
 * A body may place only the article's own photos: the reader page has no other photo's caption, credit or rights.
 * Refused rather than attached for the editor, so removing a photo from the list never quietly brings it back.
 * Returns the photos the article will have.
 */
async function assertBodyPhotosAttached(
  db: Database,
  input: { ko: EditedText; en: EditedText | null; photoIds?: readonly string[] },
  articleId?: string,
) {
  const stored = async (id: string) =>
    (await db.articlePhoto.findMany({ where: { articleId: id }, select: { photoId: true } })).map((p) => p.photoId);
  const attached = new Set(input.photoIds ?? (articleId ? await stored(articleId) : []));
  const fieldErrors: Record<string, string[]> = {};
  for (const [locale, text] of [
    [sourceLocale, input.ko],
    ['en', input.en],
  ] as const) {
    if (text && bodyPhotoIds(text.body).some((id) => !attached.has(id))) fieldErrors[`${locale}.body`] = ['photoNotAttached'];
  }
  if (Object.keys(fieldErrors).length > 0) throw new InvalidInputError(fieldErrors);
  return [...attached];
}

/** Headline, subtitles and body: the parts a translation renders, so a change to them moves textVersion. */
function wordingChanged(stored: { headline: string; subtitles: string[]; body: unknown }, text: EditedText): boolean {
  return (
    stored.headline !== text.headline ||
    stored.subtitles.join('\u0000') !== text.subtitles.join('\u0000') ||
    // Both sides in the schema's key order: PostgreSQL's jsonb does not keep the order keys were written in.
    JSON.stringify(articleBodySchema.parse(stored.body)) !== JSON.stringify(articleBodySchema.parse(text.body))
  );
}

type TranslationRecord = ArticleSave['translation'];

async function writeTexts(tx: Tx, articleId: string, input: { ko: EditedText; en: EditedText | null; translation: TranslationRecord }) {
  const existing = await tx.articleText.findMany({ where: { articleId } });
  const stored = (locale: Locale) => existing.find((t) => t.locale === locale);
  const nextVersion = (locale: Locale, text: EditedText) => {
    const before = stored(locale);
    if (!before) return 1;
    return wordingChanged(before, text) ? before.textVersion + 1 : before.textVersion;
  };

  const koVersion = nextVersion(sourceLocale, input.ko);
  const ko = { ...articleTextRecord({ locale: sourceLocale, ...input.ko }), textVersion: koVersion, method: 'ORIGINAL' as const };
  await tx.articleText.upsert({
    where: { articleId_locale: { articleId, locale: sourceLocale } },
    create: { articleId, ...ko },
    update: ko,
  });

  const enBefore = stored('en');
  if (!input.en) {
    if (enBefore) await tx.articleText.delete({ where: { id: enBefore.id } });
    return;
  }
  const { method, machineEngine, translatedAt, reviewedById, markCurrent } = input.translation;
  const en = {
    ...articleTextRecord({ locale: 'en', ...input.en }),
    textVersion: nextVersion('en', input.en),
    method,
    machineEngine: method === 'MACHINE' ? machineEngine : null,
    translatedAt,
    reviewedById,
    // A new translation is made from the Korean text as it stands; afterwards only staff say it caught up.
    translatedFromVersion: markCurrent || !enBefore ? koVersion : enBefore.translatedFromVersion,
  };
  await tx.articleText.upsert({
    where: { articleId_locale: { articleId, locale: 'en' } },
    create: { articleId, ...en },
    update: en,
  });
}

async function writeBylinesAndPhotos(
  tx: Tx,
  articleId: string,
  { authorIds, photoIds, photoCrops }: { authorIds: readonly string[]; photoIds?: readonly string[]; photoCrops?: PhotoCrops },
) {
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  await tx.articleAuthor.createMany({ data: authorIds.map((staffId, position) => ({ articleId, staffId, position })) });
  await writeArticlePhotos(tx, articleId, photoIds, photoCrops);
}

/** Thrown inside the transaction when another save took the version first; rolled back, then reported. */
class VersionTaken extends Error {}

/** What changed between the version the save started from and now, for the editor to show instead of overwriting. */
async function conflictSince(db: Database, save: ArticleSave): Promise<ConflictError> {
  const now = await db.article.findUniqueOrThrow({ where: { id: save.articleId }, select: { version: true, ...snapshotSelect } });
  const current = toSnapshot(now);
  const base = (await findSnapshotAt(db, save.articleId, save.version)) ?? {
    ...save,
    texts: [{ locale: sourceLocale, ...save.ko }, ...(save.en ? [{ locale: 'en', ...save.en }] : [])],
  };
  return new ConflictError(now.version, describeChanges(base, current));
}

/**
 * Saves both language versions and the article's fields, if nobody saved since `save.version`: one transaction
 * bumps the version, writes the texts (textVersion moves only when their wording changed), bylines, photos with
 * their crops (whose copies are made before it), a revision and the audit entry. A conflict or any failure leaves the
 * stored article as it was.
 */
export async function saveArticle(db: Database, editor: Editor, save: ArticleSave, now = new Date()): Promise<ArticleChange> {
  const article = await loadArticleForEditing(db, save.articleId);
  assertCanEdit(editor, article);
  if (article.version !== save.version) throw await conflictSince(db, save);
  await assertSlugFree(db, save.slug, save.articleId);
  const photoIds = await assertBodyPhotosAttached(db, save, save.articleId);
  if (save.photoCrops) {
    await storeArticleCropVariants(db, { photoCrops: save.photoCrops, photoIds, stored: await findArticlePhotoCrops(db, save.articleId) });
  }
  const version = save.version + 1;
  const isPublic = article.status === 'PUBLISHED';
  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.article.updateMany({
        where: { id: save.articleId, version: save.version },
        data: {
          version,
          slug: save.slug,
          sectionId: save.sectionId,
          deskId: save.deskId,
          ...(isPublic && { revisedAt: now }),
        },
      });
      if (claimed.count === 0) throw new VersionTaken();
      await writeTexts(tx, save.articleId, save);
      await writeBylinesAndPhotos(tx, save.articleId, save);
      if (save.tagIds) await writeArticleTags(tx, save.articleId, save.tagIds);
      await writeRevision(tx, save.articleId, version, editor.id);
      await recordAudit(tx, {
        actorId: editor.id,
        action: 'article.save',
        entityType: 'article',
        entityId: save.articleId,
        details: { version },
      });
      if (isPublic) await enqueueArticleEvent(tx, 'article.updated', save.articleId, now);
    });
  } catch (error) {
    if (error instanceof VersionTaken) throw await conflictSince(db, save);
    throw error;
  }
  const readerSlugs = isPublic ? [...new Set([article.slug, save.slug])] : [];
  return { articleId: save.articleId, version, slug: save.slug, readerSlugs };
}

/** A new draft with the creator as its first author; the slug comes from the English headline, else the Korean. */
export async function createArticle(db: Database, editor: Editor, input: ArticleCreate): Promise<ArticleChange> {
  if (!can(editor.role, 'article.create')) throw new ForbiddenActionError('This account cannot create articles');
  const authorIds = [editor.id, ...input.authorIds.filter((id) => id !== editor.id)];
  if (input.slug) await assertSlugFree(db, input.slug);
  await storeArticleCropVariants(db, { photoCrops: input.photoCrops, photoIds: await assertBodyPhotosAttached(db, input) });
  const slug = input.slug ?? (await uniqueSlug(db, slugFromHeadline(input.en?.headline || input.ko.headline)));
  const articleId = await db.$transaction(async (tx) => {
    const { id } = await tx.article.create({
      data: { slug, sectionId: input.sectionId, deskId: input.deskId, sourceLocale },
      select: { id: true },
    });
    await writeTexts(tx, id, input);
    await writeBylinesAndPhotos(tx, id, { ...input, authorIds });
    if (input.tagIds) await writeArticleTags(tx, id, input.tagIds);
    await writeRevision(tx, id, 1, editor.id);
    await recordAudit(tx, { actorId: editor.id, action: 'article.create', entityType: 'article', entityId: id, details: { slug } });
    return id;
  });
  return { articleId, version: 1, slug, readerSlugs: [] };
}

/** Restoring is saving again what a revision recorded (texts, bylines, photos, section); the address stays. */
export async function restoreRevision(
  db: Database,
  editor: Editor,
  { articleId, version, revision }: { articleId: string; version: number; revision: number },
): Promise<ArticleChange> {
  const snapshot = await findRevision(db, articleId, revision);
  const { slug } = await loadArticleForEditing(db, articleId);
  const text = (locale: Locale) => {
    const found = snapshotText(snapshot, locale);
    return found && editedTextSchema.parse(found);
  };
  const en = snapshotText(snapshot, 'en');
  const ko = text(sourceLocale);
  if (!ko) throw new NotFoundError('The revision has no Korean text');
  return saveArticle(db, editor, {
    articleId,
    version,
    slug,
    sectionId: snapshot.sectionId,
    deskId: snapshot.deskId,
    authorIds: snapshot.authorIds,
    photoIds: snapshot.photoIds,
    ko,
    en: text('en') ?? null,
    translation: {
      method: en?.method === 'MACHINE' ? 'MACHINE' : 'HUMAN',
      machineEngine: en?.machineEngine ?? null,
      translatedAt: en?.translatedAt ? new Date(en.translatedAt) : null,
      reviewedById: en?.reviewedById ?? null,
      markCurrent: false,
    },
  });
}
