import { beforeAll, describe, expect, it, vi } from 'vitest';
import DashboardPage from '@/app/(admin)/admin/page';
import ArticlesPage from '@/app/(admin)/admin/articles/page';
import EditArticlePage, { generateMetadata as editPageMetadata } from '@/app/(admin)/admin/articles/[id]/page';
import ArticlePreviewPage from '@/app/(admin)/admin/articles/[id]/preview/[locale]/page';
import RevisionsPage from '@/app/(admin)/admin/articles/[id]/revisions/page';
import { AttentionLists } from '@/components/admin/articles/AttentionLists';
import { ArticleTable } from '@/components/admin/articles/ArticleTable';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { listArticlesForStaff } from '@/lib/articles/staff-listing';
import { articleTextRecord } from '@/lib/articles/text-record';
import { can, canReadArticle, type Permission } from '@/lib/auth/permissions';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';
import { elementsOfType } from '../support/react-tree';

/**
 * Issue 12, item 8: unpublished stories are the newsroom's, not every account's. Reporters open their own, their
 * desk's stories in review and published ones; moderators published ones; editors and admins all. A story one may
 * not open is a 404 on every page about it and missing from every list, headline included.
 */
const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({
  getStaffSession: async () => route.staff,
  requireStaff: async (permission?: Permission) => {
    if (!route.staff || (permission && !can(route.staff.role, permission)))
      throw Object.assign(new Error('forbidden'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    return route.staff;
  },
}));

const own = ownTestDatabase('security_article_access');
let db: Database;
const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

type Who = 'reporter' | 'deskmate' | 'outsider' | 'editor' | 'moderator' | 'admin';
const staff = {} as Record<Who, { id: string; role: StaffSession['role']; deskId: string | null }>;
const articles: Record<string, string> = {};

async function signInAs(who: Who) {
  const row = await db.staff.findUniqueOrThrow({ where: { id: staff[who].id } });
  route.staff = { id: row.id, email: row.email, role: row.role, nameKo: row.nameKo, nameEn: row.nameEn, uiLocale: 'en' };
}

async function addArticle(name: string, author: Who, status: ArticleStatus, deskId: string | null) {
  const text = {
    locale: 'ko' as const,
    headline: `기밀 ${name}`,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  };
  const article = await db.article.create({
    data: {
      slug: `access-${name}`,
      status,
      deskId,
      publishedAt:
        status === 'PUBLISHED' || status === 'ARCHIVED'
          ? new Date('2026-01-02T00:00:00Z')
          : status === 'SCHEDULED'
            ? new Date('2099-01-01T00:00:00Z')
            : null,
      authors: { create: { staffId: staff[author].id, position: 0 } },
      texts: { create: articleTextRecord(text) },
    },
  });
  articles[name] = article.id;
}

/** What each account may open, by the names given in beforeAll. */
const readable: Record<Who, string[]> = {
  reporter: ['seed', 'ownDraft', 'ownScheduled', 'deskInReview'],
  deskmate: ['seed', 'deskInReview', 'deskDraft', 'deskArchived'],
  outsider: ['seed', 'otherDeskInReview'],
  moderator: ['seed'],
  editor: ['seed', 'ownDraft', 'ownScheduled', 'deskInReview', 'deskDraft', 'deskArchived', 'otherDeskInReview'],
  admin: ['seed', 'ownDraft', 'ownScheduled', 'deskInReview', 'deskDraft', 'deskArchived', 'otherDeskInReview'],
};
const everyone = Object.keys(readable) as Who[];

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
  const seedDesk = await db.desk.findUniqueOrThrow({ where: { slug: 'gyeonggi-northeast' } });
  const otherDesk = await db.desk.create({ data: { slug: 'access-other-desk', nameKo: '다른 부서', nameEn: 'Other desk' } });
  const seeded = async (slug: string) => db.staff.findUniqueOrThrow({ where: { slug }, select: { id: true, role: true, deskId: true } });
  const added = (slug: string, deskId: string) =>
    db.staff.create({
      data: { slug, email: `${slug}@dateline.example`, nameKo: slug, nameEn: slug, role: 'REPORTER', deskId, passwordHash: 'unused' },
      select: { id: true, role: true, deskId: true },
    });
  Object.assign(staff, {
    reporter: await seeded('ha-in-gyu'),
    editor: await seeded('park-seo-yeon'),
    moderator: await seeded('lee-do-yun'),
    admin: await seeded('administrator'),
    deskmate: await added('access-deskmate', seedDesk.id),
    outsider: await added('access-outsider', otherDesk.id),
  });
  expect(staff.reporter.deskId).toBe(seedDesk.id);
  articles.seed = (await db.article.findUniqueOrThrow({ where: { slug: 'namyangju-changzhou-video-conference' } })).id;
  await addArticle('ownDraft', 'reporter', 'DRAFT', seedDesk.id);
  await addArticle('ownScheduled', 'reporter', 'SCHEDULED', seedDesk.id);
  await addArticle('deskInReview', 'deskmate', 'IN_REVIEW', seedDesk.id);
  await addArticle('deskDraft', 'deskmate', 'DRAFT', seedDesk.id);
  await addArticle('deskArchived', 'deskmate', 'ARCHIVED', seedDesk.id);
  await addArticle('otherDeskInReview', 'outsider', 'IN_REVIEW', otherDesk.id);
});

const nameOf = (id: string) => Object.entries(articles).find(([, articleId]) => articleId === id)?.[0];

describe('pages about one article', () => {
  for (const who of everyone) {
    it(`open for ${who} what ${who} may read, and are a 404 otherwise: editor, its title, preview in both languages, revisions`, async () => {
      await signInAs(who);
      for (const [name, id] of Object.entries(articles)) {
        const params = Promise.resolve({ id });
        const pages = [
          () => EditArticlePage({ params, searchParams: Promise.resolve({}) }),
          () => editPageMetadata({ params, searchParams: Promise.resolve({}) }),
          () => ArticlePreviewPage({ params: Promise.resolve({ id, locale: 'ko' }) }),
          () => ArticlePreviewPage({ params: Promise.resolve({ id, locale: 'en' }) }),
          () => RevisionsPage({ params, searchParams: Promise.resolve({}) }),
        ];
        for (const [i, page] of pages.entries()) {
          if (readable[who].includes(name)) await expect(page(), `${name} page ${i}`).resolves.toBeTruthy();
          else await expect(page(), `${name} page ${i}`).rejects.toMatchObject(notFound);
        }
      }
    });
  }

  it('are a 404, not an error, for an address that names no article', async () => {
    await signInAs('editor');
    for (const id of ['not-an-id', '0196f6a0-0000-7000-8000-000000000000']) {
      await expect(EditArticlePage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }), id).rejects.toMatchObject(
        notFound,
      );
      await expect(ArticlePreviewPage({ params: Promise.resolve({ id, locale: 'ko' }) }), id).rejects.toMatchObject(notFound);
      await expect(RevisionsPage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }), id).rejects.toMatchObject(
        notFound,
      );
    }
  });
});

describe('lists of articles', () => {
  for (const who of everyone) {
    it(`show ${who} only what ${who} may open, on the article list and the dashboard`, async () => {
      await signInAs(who);
      const [table] = elementsOfType(await ArticlesPage({ searchParams: Promise.resolve({}) }), ArticleTable);
      const listed = table!.props.rows.map((row) => nameOf(row.id));
      expect(listed.sort()).toEqual([...readable[who]].sort());

      const [attention] = elementsOfType(await DashboardPage(), AttentionLists);
      const inReview = attention!.props.lists.inReview.map((row) => nameOf(row.id));
      expect(inReview.sort()).toEqual(readable[who].filter((name) => name.endsWith('InReview')).sort());
    });
  }

  it('agree with the rule the pages check, whatever the filter', async () => {
    const stored = await db.article.findMany({ select: { id: true, status: true, deskId: true, authors: { select: { staffId: true } } } });
    for (const who of everyone) {
      for (const filter of [{}, { status: 'IN_REVIEW' as const }, { status: 'DRAFT' as const }]) {
        const listed = (await listArticlesForStaff(db, staff[who], filter, 100)).items.map((row) => row.id).sort();
        const allowed = stored
          .filter((article) => !filter.status || article.status === filter.status)
          .filter((article) => canReadArticle(staff[who], { ...article, authorIds: article.authors.map((a) => a.staffId) }))
          .map((article) => article.id)
          .sort();
        expect(listed, `${who} ${JSON.stringify(filter)}`).toEqual(allowed);
      }
    }
  });
});
