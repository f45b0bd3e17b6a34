import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs, type ArticleBody } from '@/lib/articles/body';
import { createArticle, saveArticle, type Editor } from '@/lib/articles/editing';
import type { ArticleSave } from '@/lib/articles/edit-schema';
import { findPublishedArticle } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { humanTranslation, saveFrom } from '../support/article-save';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('inline-photos');
let db: Database;
let editor: Editor;
let articleId: string;
let photoId: string;

/** The body's first paragraph, then the photo, then the rest. */
function withPhotoAfterFirst(body: ArticleBody, id: string): ArticleBody {
  const [first, ...rest] = body.content;
  return { type: 'doc', content: [first!, { type: 'photo', attrs: { photoId: id } }, ...rest] };
}

/** The seed article as the editor would send it, with the photo placed in its English body. */
async function seedSaveWithPhoto(changes: Partial<ArticleSave> = {}): Promise<ArticleSave> {
  const save = await saveFrom(db, articleId);
  return { ...save, en: save.en && { ...save.en, body: withPhotoAfterFirst(save.en.body, photoId) }, ...changes };
}

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  editor = await db.staff.findFirstOrThrow({ where: { role: 'EDITOR' } });
  const article = await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug }, include: { photos: true } });
  articleId = article.id;
  photoId = article.photos[0]!.photoId;
});

describe('photos placed in article bodies', () => {
  it('refuses a new article whose body places a photo it does not have', async () => {
    const body = withPhotoAfterFirst(bodyFromParagraphs(['본문 첫 문단']), photoId);
    const created = createArticle(db, editor, {
      sectionId: null,
      deskId: null,
      authorIds: [editor.id],
      ko: { headline: '사진 없는 기사', subtitles: [], datelineCity: '남양주', datelineOutlet: '데이트라인', body },
      en: null,
      translation: humanTranslation,
    });
    await expect(created).rejects.toThrow(InvalidInputError);
    await expect(created).rejects.toMatchObject({ fieldErrors: { 'ko.body': ['photoNotAttached'] } });
  });

  it('refuses a save that takes the photo off the list but leaves it in the body, and writes nothing', async () => {
    const before = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
    await expect(saveArticle(db, editor, await seedSaveWithPhoto({ photoIds: [] }))).rejects.toMatchObject({
      fieldErrors: { 'en.body': ['photoNotAttached'] },
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } })).toEqual(before);
    expect(await db.articlePhoto.count({ where: { articleId } })).toBe(1);
  });

  it('saves a body placing an attached photo, and readers get the photo with it', async () => {
    await saveArticle(db, editor, await seedSaveWithPhoto());
    const view = await findPublishedArticle(db, seedArticle.slug, 'en');
    expect(view?.body.content[1]).toEqual({ type: 'photo', attrs: { photoId } });
    expect(view?.photos.map((p) => p.id)).toEqual([photoId]);
    const korean = await findPublishedArticle(db, seedArticle.slug, 'ko');
    expect(korean?.body.content.some((block) => block.type === 'photo')).toBe(false);
  });
});
