import { beforeAll, describe, expect, it } from 'vitest';
import { loadPublishChecklist } from '@/lib/articles/publish-checklist';
import type { Database } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('publish_checklist');
let db: Database;
let articleId: string;

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } })).id;
});

describe('the checklist before publishing, read from the article as saved', () => {
  it('for the seed article names only its English glossary conflict (Sangju for 상주시)', async () => {
    const checks = await loadPublishChecklist(db, articleId);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ kind: 'glossaryConflicts', messages: [{ en: expect.stringContaining('“Sangju”') }] });
  });

  it('names a missing section, English behind the Korean and a photo whose credit and English alt text are gone', async () => {
    const { photoId } = await db.articlePhoto.findFirstOrThrow({ where: { articleId }, orderBy: { position: 'asc' } });
    await db.article.update({ where: { id: articleId }, data: { sectionId: null } });
    await db.articleText.update({ where: { articleId_locale: { articleId, locale: 'ko' } }, data: { textVersion: { increment: 1 } } });
    await db.photoText.update({ where: { photoId_locale: { photoId, locale: 'ko' } }, data: { credit: null, copyright: null } });
    await db.photoText.delete({ where: { photoId_locale: { photoId, locale: 'en' } } });

    const kinds = (await loadPublishChecklist(db, articleId)).map((check) => (check.kind === 'photoUndescribed' ? check : check.kind));
    expect(kinds).toEqual([
      'noSection',
      'englishStale',
      'glossaryConflicts',
      { kind: 'photoUndescribed', position: 1, caption: expect.any(String), gaps: ['englishAlt', 'credit'] },
    ]);
  });

  it('names a missing English version instead of checking one', async () => {
    await db.articleText.delete({ where: { articleId_locale: { articleId, locale: 'en' } } });
    expect((await loadPublishChecklist(db, articleId)).map((check) => check.kind)).toEqual([
      'noSection',
      'englishMissing',
      'photoUndescribed',
    ]);
  });

  it('refuses an article that does not exist', async () => {
    await expect(loadPublishChecklist(db, '0190a6d0-0000-7000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });
});
