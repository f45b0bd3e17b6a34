import { beforeAll, describe, expect, it, vi } from 'vitest';
import { updateProfileAction } from '@/app/(admin)/admin/account/actions';
import { createArticleAction } from '@/app/(admin)/admin/articles/actions';
import { addBannedWordAction } from '@/app/(admin)/admin/comments/actions';
import { addGlossaryTerm } from '@/app/(admin)/admin/glossary/actions';
import { bodyFromParagraphs, bodyToPlainText, type ArticleBody } from '@/lib/articles/body';
import type { ArticleCreateInput } from '@/lib/articles/edit-schema';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { newStaffSchema } from '@/lib/staff/schemas';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';
import { fieldFailure } from '../support/staff-change';
import {
  composedKorean,
  decomposedKorean,
  hiddenCharacters,
  markup,
  scriptUrls,
  sqlInjection,
  wellFormedUnicode,
  wrongTypes,
} from '../support/payloads';

/**
 * The newsroom's server actions as Next.js calls them (what a form or a forged request posts), signed in as an
 * editor: every hostile input ends in a result the form shows, never in an exception (a 500).
 */
const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({ requireStaff: async () => route.staff, getStaffSession: async () => route.staff }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));

const own = ownTestDatabase('payloads_staff');
let db: Database;
const t = getAdminMessages('en');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

function article(ko: Partial<ArticleCreateInput['ko']> = {}, rest: Partial<ArticleCreateInput> = {}): ArticleCreateInput {
  return {
    sectionId: null,
    deskId: null,
    authorIds: [route.staff!.id],
    ko: {
      headline: '기사 제목',
      subtitles: [],
      datelineCity: '서울',
      datelineOutlet: '데이트라인',
      body: bodyFromParagraphs(['본문']),
      ...ko,
    },
    en: null,
    translation: { method: 'HUMAN', machineEngine: null, translatedAt: null, reviewedById: null, markCurrent: false },
    slug: '',
    ...rest,
  };
}

async function storedKoreanText(articleId: string) {
  return db.articleText.findFirstOrThrow({ where: { articleId, locale: 'ko' } });
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
  const editor = await db.staff.findUniqueOrThrow({ where: { email: 'editor@dateline.example' } });
  route.staff = { id: editor.id, email: editor.email, role: 'EDITOR', nameKo: editor.nameKo, nameEn: editor.nameEn, uiLocale: 'en' };
});

describe('article saves under hostile input', () => {
  it('keep SQL, markup and script addresses in a headline or body as the plain text they are', async () => {
    for (const text of [...sqlInjection, ...markup, ...scriptUrls, ...wellFormedUnicode]) {
      const result = await createArticleAction(article({ headline: text, body: bodyFromParagraphs([text]) }));
      expect(result.ok, text).toBe(true);
      if (!result.ok) continue;
      const stored = await storedKoreanText(result.data.articleId);
      expect(stored.headline, text).toBe(text.trim());
      expect(bodyToPlainText(stored.body as ArticleBody), text).toBe(text);
    }
  });

  it('store decomposed Korean composed, in every field and the body', async () => {
    const result = await createArticleAction(
      article({
        headline: decomposedKorean,
        subtitles: [decomposedKorean],
        datelineCity: decomposedKorean,
        body: bodyFromParagraphs([decomposedKorean]),
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await storedKoreanText(result.data.articleId);
    expect(stored).toMatchObject({ headline: composedKorean, subtitles: [composedKorean], datelineCity: composedKorean });
    expect(bodyToPlainText(stored.body as ArticleBody)).toBe(composedKorean);
  });

  it('refuse text that cannot be stored, naming the field', async () => {
    for (const text of [hiddenCharacters.nul, hiddenCharacters.loneSurrogate]) {
      const result = await createArticleAction(article({ headline: text, subtitles: [text], body: bodyFromParagraphs([text]) }));
      expect(result.ok, JSON.stringify(text)).toBe(false);
      if (result.ok) continue;
      expect(result.fieldErrors['ko.headline']).toEqual([t.fieldErrors.invalidCharacters]);
      expect(result.fieldErrors['ko.subtitles.0']).toEqual([t.fieldErrors.invalidCharacters]);
      expect(Object.keys(result.fieldErrors).some((field) => field.startsWith('ko.body'))).toBe(true);
    }
  });

  it('refuse links to scripts in the body, wrong types and oversized fields, naming the field', async () => {
    for (const href of scriptUrls) {
      const body = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] }] }],
      };
      const result = await createArticleAction(article({ body: body as ArticleBody }));
      expect(result.ok, href).toBe(false);
    }
    const wrong = { headline: wrongTypes, body: wrongTypes, subtitles: [null, 42, 'text', {}, [42], [null], [['text']]] };
    for (const [field, values] of Object.entries(wrong)) {
      for (const value of values) {
        const result = await createArticleAction(article({ [field]: value } as Partial<ArticleCreateInput['ko']>));
        expect(result.ok, `${field}: ${JSON.stringify(value)}`).toBe(false);
        if (!result.ok)
          expect(
            Object.keys(result.fieldErrors).some((name) => name.startsWith(`ko.${field}`)),
            `${field}: ${JSON.stringify(value)}`,
          ).toBe(true);
      }
    }
    for (const authorIds of wrongTypes)
      expect((await createArticleAction(article({}, { authorIds } as Partial<ArticleCreateInput>))).ok).toBe(false);
    const long = await createArticleAction(article({ headline: '가'.repeat(100_000) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { 'ko.headline': [t.fieldErrors.tooLong] } });
  });
});

describe('the other newsroom forms under hostile input', () => {
  it('glossary: composed terms, unstorable text refused by field', async () => {
    const added = await addGlossaryTerm(form({ ko: decomposedKorean, en: 'Sangju exchange', note: markup[0]! }));
    expect(added.ok).toBe(true);
    expect(await db.glossaryTerm.findFirst({ where: { ko: composedKorean } })).toMatchObject({ note: markup[0] });
    const refused = await addGlossaryTerm(form({ ko: `용어${hiddenCharacters.nul}`, en: 'term' }));
    expect(refused).toEqual(fieldFailure({ ko: 'invalidCharacters' }));
  });

  it('own profile: composed names, markup kept as text, unstorable text refused by field', async () => {
    const saved = await updateProfileAction(
      form({ nameKo: decomposedKorean, nameEn: markup[0]!, bioKo: sqlInjection[0]!, bioEn: '', deskId: '', contactEmail: '' }),
    );
    expect(saved).toMatchObject({ ok: true });
    expect(await db.staff.findUniqueOrThrow({ where: { id: route.staff!.id } })).toMatchObject({
      nameKo: composedKorean,
      nameEn: markup[0],
      bioKo: sqlInjection[0],
    });
    const refused = await updateProfileAction(
      form({ nameKo: `이름${hiddenCharacters.nul}`, nameEn: 'Name', bioKo: '', bioEn: '', deskId: '', contactEmail: '' }),
    );
    expect(refused).toEqual(fieldFailure({ nameKo: 'invalidCharacters' }));
  });

  it('banned words: unstorable text refused by field', async () => {
    const result = await addBannedWordAction({ term: `욕${hiddenCharacters.nul}`, level: 'BANNED' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { term: [t.fieldErrors.invalidCharacters] } });
  });

  it('new staff accounts: an address with SQL in it is not an address, a name that cannot be stored is refused', () => {
    const parsed = newStaffSchema.safeParse({
      nameKo: `기자${hiddenCharacters.nul}`,
      nameEn: 'Reporter',
      email: sqlInjection[1],
      slug: '../x',
      role: 'ADMIN; DROP',
      deskId: '',
      password: 'long-enough-password',
    });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({ nameKo: 'invalidCharacters', email: 'emailInvalid', slug: 'slugInvalid', role: 'roleInvalid' });
  });
});
