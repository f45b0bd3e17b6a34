import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { createArticle, saveArticle, type Editor } from '@/lib/articles/editing';
import type { ArticleCreate } from '@/lib/articles/edit-schema';
import { loadEditorArticle } from '@/lib/articles/editor-data';
import { findArticlePreview } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { setPhotoFocus } from '@/lib/media/focus';
import { addPhoto } from '@/lib/media/photo-records';
import { acceptUpload } from '@/lib/media/upload';
import { humanTranslation, saveFrom } from '../support/article-save';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('media_article_crop');
let db: Database;
let editor: Editor;
let photoId: string;
let croppedId: string;
let plainId: string;

/** A blue 1,200 × 600 photo with its left 400 px red (as in media-focus.test.ts). */
const redOnTheLeft = () =>
  sharp({ create: { width: 1200, height: 600, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: 400, height: 600, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .png()
    .toBuffer();

const storedPath = (src: string) => path.join(process.env.MEDIA_DIR!, src.replace(/^\/media\//, ''));
const storedCopy = (src: string) => readFile(storedPath(src));

async function colours(src: string) {
  const { channels } = await sharp(await storedCopy(src)).stats();
  return { red: channels[0]!.mean, blue: channels[2]!.mean };
}

const framed = async (articleId: string) => (await findArticlePreview(db, articleId, 'ko'))!.photos[0]!.framed;

/** The red part's square: drawn 400 px wide over the photo's left third. */
const redSquare = { '1x1': { x: 0, y: 0, w: 1 / 3, h: 1 } };

function newArticle(headline: string, changes: Partial<ArticleCreate> = {}): ArticleCreate {
  return {
    sectionId: null,
    deskId: null,
    authorIds: [editor.id],
    photoIds: [photoId],
    ko: { headline, subtitles: [], datelineCity: '서울', datelineOutlet: '데이트라인', body: bodyFromParagraphs(['본문']) },
    en: { headline: 'A photo', subtitles: [], datelineCity: 'Seoul', datelineOutlet: 'Dateline', body: bodyFromParagraphs(['Body']) },
    translation: humanTranslation,
    ...changes,
  };
}

beforeAll(async () => {
  db = own.db;
  editor = await db.staff.create({
    data: {
      slug: 'crop-editor',
      email: 'crop-editor@dateline.example',
      nameKo: '편집',
      nameEn: 'Editor',
      role: 'EDITOR',
      passwordHash: 'unused',
    },
    select: { id: true, role: true },
  });
  const stored = await acceptUpload(await redOnTheLeft());
  ({ id: photoId } = await addPhoto(db, { stored, uploadedById: editor.id }));
  // The photo's own focus is on the blue right: without a crop of its own, an article's square is blue.
  await setPhotoFocus(db, { photoId, focus: { x: 0.9, y: 0.5 }, actor: editor });
  ({ articleId: croppedId } = await createArticle(db, editor, newArticle('자른 사진', { photoCrops: { [photoId]: redSquare } })));
  ({ articleId: plainId } = await createArticle(db, editor, newArticle('그대로인 사진')));
});

describe('a crop per article use of a photo', () => {
  it('cuts the article’s square from the rectangle drawn, in files stored before the save', async () => {
    const square = (await framed(croppedId))['1x1'];
    // 400 × 400 from the red third, centred on its middle: 100 px from the top.
    expect(square.src).toContain('-1x1-c0-100-400x400-');
    const { red, blue } = await colours(square.src);
    expect(red).toBeGreaterThan(250);
    expect(blue).toBeLessThan(5);
    expect(await sharp(await storedCopy(square.src)).metadata()).toMatchObject({ width: 320, height: 320 });
  });

  it('leaves another article using the same photo, and the shapes not cropped, cut around the photo’s focus', async () => {
    const other = await framed(plainId);
    expect(other['1x1'].src).toContain('-f900-500-');
    expect((await colours(other['1x1'].src)).red).toBeLessThan(5);
    expect((await framed(croppedId))['4x3'].src).toBe(other['4x3'].src);
  });

  it('is kept by a save that does not name crops, and removed by one that sends none for the photo', async () => {
    await saveArticle(db, editor, await saveFrom(db, croppedId, { photoIds: [photoId] }));
    expect((await framed(croppedId))['1x1'].src).toContain('-c0-100-400x400-');

    await saveArticle(db, editor, await saveFrom(db, croppedId, { photoCrops: { [photoId]: {} } }));
    expect((await framed(croppedId))['1x1'].src).toContain('-f900-500-');
    expect(await db.articlePhoto.findFirstOrThrow({ where: { articleId: croppedId }, select: { crops: true } })).toEqual({ crops: null });
  });

  it('is set by a later save too, for a shape of its own', async () => {
    const lead = { '16x9': { x: 0, y: 0, w: 0.5, h: 0.5 } };
    await saveArticle(db, editor, await saveFrom(db, croppedId, { photoCrops: { [photoId]: lead } }));
    const shapes = await framed(croppedId);
    // 600 × 338 centred on (300, 150): pushed down to the top edge.
    expect(shapes['16x9'].src).toContain('-16x9-c0-0-600x338-');
    expect((await storedCopy(shapes['16x9'].src)).length).toBeGreaterThan(0);
    // Saving the same crops again (as every autosave of the form does) makes no copies anew.
    const madeAt = (await stat(storedPath(shapes['16x9'].src))).mtimeMs;
    await saveArticle(db, editor, await saveFrom(db, croppedId, { photoCrops: { [photoId]: lead } }));
    expect((await stat(storedPath(shapes['16x9'].src))).mtimeMs).toBe(madeAt);
    expect(shapes['1x1'].src).toContain('-f900-500-');
    // The editor starts from the crops saved, so a save of the form sends them back unchanged.
    expect((await loadEditorArticle(db, croppedId))?.photoCrops).toEqual({ [photoId]: lead });
  });
});
