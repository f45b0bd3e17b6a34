import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changeUiLocaleAction } from '@/app/(admin)/admin/account/actions';
import { restoreRevisionAction } from '@/app/(admin)/admin/articles/actions';
import { addBannedWordAction } from '@/app/(admin)/admin/comments/actions';
import { arrangeFrontAction } from '@/app/(admin)/admin/front/actions';
import { addGlossaryTerm } from '@/app/(admin)/admin/glossary/actions';
import { savePhotoTexts } from '@/app/(admin)/admin/media/actions';
import { createStaffAction } from '@/app/(admin)/admin/staff/actions';
import { GET as queueSummary } from '@/app/api/admin/comments/summary/route';
import { newSessionClaims } from '@/lib/auth/session-claims';
import type { Database } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';
import { testStaff, testStaffPasswordEnv } from '../support/staff-credentials';

/**
 * One change of each family through the real permission check: only the signed cookie's decoding is stood in for
 * (next-auth reads it from the request Next.js is serving). The account behind the session is looked up, its role's
 * permissions and the record rules applied, exactly as in production; the other integration tests stand in for the
 * whole session to test what happens once someone is allowed.
 */
const signedIn = vi.hoisted(() => ({ db: undefined as unknown, session: null as unknown, cookies: new Map<string, string>() }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => signedIn.db }));
vi.mock('next-auth', async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => signedIn.session }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));
// The response's cookies, which the language setting writes (the browser's remembered newsroom language).
vi.mock('next/headers', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  cookies: async () => ({
    get: (name: string) => signedIn.cookies.get(name),
    set: (name: string, value: string) => signedIn.cookies.set(name, value),
  }),
}));

// What next.config.js's experimental.authInterrupts makes Next.js set in its server: forbidden() answers 403.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const own = ownTestDatabase('permission_checks');
let db: Database;
let articleId: string;
let articleVersion: number;
let photoId: string;

async function signInAs(role: Role): Promise<void> {
  const staff = await db.staff.findUniqueOrThrow({ where: { email: testStaff[role].email }, select: { id: true, sessionVersion: true } });
  signedIn.session = newSessionClaims(staff);
}

/** What Next.js's forbidden() throws: the page or action answers 403. */
async function expectForbidden(change: Promise<unknown>): Promise<void> {
  await expect(change).rejects.toMatchObject({ digest: expect.stringContaining('403') });
}

beforeAll(async () => {
  db = own.db;
  signedIn.db = db;
  await seedDatabase(db, testStaffPasswordEnv);
  const article = await db.article.findFirstOrThrow({
    select: { id: true, version: true, photos: { select: { photoId: true }, take: 1 } },
  });
  articleId = article.id;
  articleVersion = article.version;
  photoId = article.photos[0]!.photoId;
});

describe('each family of newsroom change asks the signed-in account’s role', () => {
  it('staff accounts: admins only', async () => {
    await signInAs('EDITOR');
    await expectForbidden(createStaffAction({ email: 'new@dateline.example' } as never));
    await signInAs('ADMIN');
    expect(await createStaffAction({ email: 'not an address' } as never)).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
  });

  it('the glossary: editors and admins', async () => {
    await signInAs('REPORTER');
    await expectForbidden(addGlossaryTerm({ ko: '남양주', en: 'Namyangju' } as never));
    await signInAs('EDITOR');
    expect(await addGlossaryTerm({ ko: '', en: '' } as never)).toMatchObject({ ok: false });
  });

  it('the front page: editors and admins, refused in the editor’s words', async () => {
    const arrangement = { locale: 'ko' as const, lead: null, nextLead: null, secondary: [articleId], pinned: [] };
    await signInAs('REPORTER');
    await expectForbidden(arrangeFrontAction(arrangement));
    await signInAs('EDITOR');
    expect(await arrangeFrontAction(arrangement)).toEqual({
      ok: false,
      error: getAdminMessages('ko').front.refusals.secondaryCount,
      fieldErrors: {},
    });
  });

  it('comment moderation: moderators, editors and admins', async () => {
    await signInAs('REPORTER');
    await expectForbidden(addBannedWordAction({ word: '광고' } as never));
    await signInAs('MODERATOR');
    expect(await addBannedWordAction({ word: '' } as never)).toMatchObject({ ok: false });
  });

  it('one’s own account: everyone', async () => {
    await signInAs('MODERATOR');
    expect(await changeUiLocaleAction({ uiLocale: 'en' } as never)).toMatchObject({ ok: true });
    expect(signedIn.cookies.get('dateline-admin-locale')).toBe('en');
  });

  it('articles: the record rule on the story, not only the role', async () => {
    const restore = { articleId, version: articleVersion, revision: 1 };
    await signInAs('MODERATOR');
    await expectForbidden(restoreRevisionAction(restore));
    // The seeded reporter wrote the story, but it is published: an editor's now.
    await signInAs('REPORTER');
    expect(await restoreRevisionAction(restore)).toMatchObject({ ok: false, error: getAdminMessages('ko').actionErrors.forbidden });
    // An editor is past the rule, and told what the restore itself found: the seed kept no earlier revision.
    await signInAs('EDITOR');
    expect(await restoreRevisionAction(restore)).toMatchObject({ ok: false, error: getAdminMessages('ko').actionErrors.notFound });
  });

  it('photo texts: editors only once a published story shows them', async () => {
    const texts = { photoId, ko: { alt: '화상회의', caption: '화상회의 모습', credit: '', copyright: '' } };
    await signInAs('MODERATOR');
    await expectForbidden(savePhotoTexts(texts));
    await signInAs('REPORTER');
    expect(await savePhotoTexts(texts)).toMatchObject({ ok: false, error: getAdminMessages('ko').actionErrors.photoTextsEditorsOnly });
    await signInAs('EDITOR');
    expect(await savePhotoTexts(texts)).toMatchObject({ ok: true });
  });

  it('the newsroom’s JSON routes: 403 with a sentence for a role without the permission', async () => {
    await signInAs('REPORTER');
    const refused = await queueSummary(new Request('http://127.0.0.1:3000/api/admin/comments/summary'), {
      params: Promise.resolve({}),
    } as never);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBeTruthy();
    await signInAs('MODERATOR');
    expect(
      (await queueSummary(new Request('http://127.0.0.1:3000/api/admin/comments/summary'), { params: Promise.resolve({}) } as never))
        .status,
    ).toBe(200);
    // A session whose account changed since (password, role taken away) is no one's.
    signedIn.session = { ...(signedIn.session as object), sessionVersion: -1 };
    expect(
      (await queueSummary(new Request('http://127.0.0.1:3000/api/admin/comments/summary'), { params: Promise.resolve({}) } as never))
        .status,
    ).toBe(401);
  });
});
