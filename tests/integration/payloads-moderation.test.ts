import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as actionsRoute } from '@/app/api/admin/comments/actions/route';
import { POST as bansRoute } from '@/app/api/admin/comments/bans/route';
import type { StaffSession } from '@/lib/auth/session';
import { foldNickname } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';
import { composedKorean, decomposedKorean, hiddenCharacters, markup, pathTraversal, sqlInjection, wrongTypes } from '../support/payloads';

const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({ getStaffSession: async () => route.staff }));

const own = ownTestDatabase('payloads_moderation');
let db: Database;
const t = getAdminMessages('en');
const site = 'http://127.0.0.1:3000';

function post(path: string, body: unknown) {
  return new Request(`${site}${path}`, {
    method: 'POST',
    headers: { host: '127.0.0.1:3000', origin: site, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const moderate = (body: unknown) => actionsRoute(post('/api/admin/comments/actions', body));
const ban = (body: unknown) => bansRoute(post('/api/admin/comments/bans', body));
const nicknameBan = (values: unknown, reason: unknown = '도배') => ban({ kind: 'NICKNAME', values, period: 'day', reason });

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
  const moderator = await db.staff.findUniqueOrThrow({ where: { email: 'moderator@dateline.example' } });
  route.staff = { id: moderator.id, email: moderator.email, role: 'MODERATOR', nameKo: '이도윤', nameEn: 'Lee Do-yun', uiLocale: 'en' };
});

describe('the moderation routes under hostile input', () => {
  it('refuse a body far larger than any batch with 413 and a message, before reading it all', async () => {
    const ids = Array.from({ length: 5_000 }, () => crypto.randomUUID());
    for (const response of [await moderate({ action: 'approve', ids }), await nicknameBan(ids)]) {
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: t.actionErrors.tooLarge, fieldErrors: {} });
    }
    expect(await db.commentBan.count()).toBe(0);
  });

  it('refuse malformed JSON and bodies that are not an object with 400', async () => {
    for (const body of ['{', '', 'null', '[]', '"approve"', '{"action":"approve","ids":[}']) {
      for (const response of [await moderate(body), await ban(body)]) {
        expect(response.status, body).toBe(400);
        expect((await response.json()).error, body).toBe(t.actionErrors.invalid);
      }
    }
  });

  it('refuse fields of the wrong type, and ids that are not ids, naming the field', async () => {
    for (const ids of [...wrongTypes, [...pathTraversal], [...sqlInjection], [1, 2]]) {
      const response = await moderate({ action: 'approve', ids });
      expect(response.status, JSON.stringify(ids)).toBe(400);
      expect(
        Object.keys((await response.json()).fieldErrors).some((field) => field.startsWith('ids')),
        JSON.stringify(ids),
      ).toBe(true);
    }
    for (const action of [...wrongTypes, 'explode', 'DELETE'])
      expect((await moderate({ action, ids: [crypto.randomUUID()] })).status).toBe(400);
    for (const values of [null, 42, true, {}, 'text', [42], [null], [['text']]])
      expect((await nicknameBan(values)).status, JSON.stringify(values)).toBe(400);
    for (const reason of wrongTypes) expect((await nicknameBan(['독자'], reason)).status, JSON.stringify(reason)).toBe(400);
    const addressBan = await ban({ kind: 'IP_HASH', values: sqlInjection, period: 'day', reason: '도배' });
    expect(addressBan.status).toBe(400);
    for (const text of [hiddenCharacters.nul, hiddenCharacters.loneSurrogate]) {
      const response = await nicknameBan([`독자${text}`], `도배${text}`);
      expect(response.status, JSON.stringify(text)).toBe(400);
      expect((await response.json()).fieldErrors, JSON.stringify(text)).toEqual({
        'values.0': [t.fieldErrors.invalidCharacters],
        reason: [t.fieldErrors.invalidCharacters],
      });
    }
    expect(await db.commentBan.count()).toBe(0);
  });

  it('store SQL and markup in a ban as the text it is (in the folded spelling nicknames are matched by), and decomposed Korean composed', async () => {
    const response = await nicknameBan([...sqlInjection, markup[0], decomposedKorean], markup[1]);
    expect(response.status).toBe(201);
    const stored = await db.commentBan.findMany({ select: { value: true, reason: true } });
    expect(stored.map(({ value }) => value).sort()).toEqual([...sqlInjection, markup[0]!, composedKorean].map(foldNickname).sort());
    expect(stored.map(({ value }) => value)).toContain('상주시교류');
    expect(new Set(stored.map(({ reason }) => reason))).toEqual(new Set([markup[1]]));
    expect(await db.staff.count()).toBeGreaterThan(0);
  });
});
