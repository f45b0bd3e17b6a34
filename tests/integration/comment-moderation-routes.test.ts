import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as actionsRoute } from '@/app/api/admin/comments/actions/route';
import { POST as bansRoute } from '@/app/api/admin/comments/bans/route';
import { GET as summaryRoute } from '@/app/api/admin/comments/summary/route';
import type { StaffSession } from '@/lib/auth/session';
import { contentHash } from '@/lib/comments/reader/fingerprints';
import { foldNickname } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
vi.mock('@/lib/auth/session', () => ({ getStaffSession: async () => route.staff }));

const own = ownTestDatabase('comment_moderation_routes');
let db: Database;
let commentId: string;

const site = 'http://127.0.0.1:3000';
const staffAs = (role: StaffSession['role'], uiLocale: StaffSession['uiLocale'] = 'ko'): StaffSession => ({
  id: moderatorId,
  email: 'moderator@dateline.example',
  role,
  nameKo: '이도윤',
  nameEn: 'Lee Do-yun',
  uiLocale,
});
let moderatorId: string;

function post(path: string, body: unknown, origin: string | null = site) {
  const headers: Record<string, string> = { host: '127.0.0.1:3000', 'content-type': 'application/json' };
  if (origin) headers.origin = origin;
  return new Request(`${site}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

const routes = [
  ['GET /api/admin/comments/summary', () => summaryRoute(new Request(`${site}/api/admin/comments/summary`))],
  ['POST /api/admin/comments/actions', () => actionsRoute(post('/api/admin/comments/actions', { action: 'approve', ids: [commentId] }))],
  [
    'POST /api/admin/comments/bans',
    () => bansRoute(post('/api/admin/comments/bans', { kind: 'NICKNAME', values: ['x'], period: 'day', reason: 'x' })),
  ],
] as const;

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
  moderatorId = (await db.staff.findUniqueOrThrow({ where: { email: 'moderator@dateline.example' } })).id;
  const article = await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } });
  const content = '신고된 댓글';
  ({ id: commentId } = await db.comment.create({
    data: {
      articleId: article.id,
      locale: 'ko',
      nickname: '독자',
      nicknameKey: foldNickname('독자'),
      passwordHash: 'not-a-real-hash',
      content,
      contentHash: contentHash(content),
      ipHash: 'e'.repeat(64),
      status: 'HELD',
      holdReason: 'REPORTS',
      openReportCount: 3,
    },
  }));
});

describe('the moderation routes', () => {
  it.each(routes)('%s answers a reader (no session) 401 in JSON, never a redirect', async (_name, call) => {
    route.staff = null;
    const response = await call();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: '로그인이 끝났습니다. 다시 로그인해 주세요.', fieldErrors: {} });
  });

  it.each(routes)('%s answers a reporter 403', async (_name, call) => {
    route.staff = staffAs('REPORTER', 'en');
    const response = await call();
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Your account may not do this.', fieldErrors: {} });
  });

  it('refuse a change sent from another site, or with no Origin at all', async () => {
    route.staff = staffAs('MODERATOR');
    for (const origin of ['https://evil.example', null]) {
      const response = await actionsRoute(post('/api/admin/comments/actions', { action: 'approve', ids: [commentId] }, origin));
      expect(response.status).toBe(403);
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).status).toBe('HELD');
  });

  it('answer 400 with messages by field, in the moderator’s language', async () => {
    route.staff = staffAs('MODERATOR');
    const response = await actionsRoute(post('/api/admin/comments/actions', { action: 'delete', ids: [commentId], reason: 'OTHER' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: '입력을 확인해 주세요.',
      fieldErrors: { note: ['‘기타’를 골랐으면 메모를 써 주세요.'] },
    });

    route.staff = staffAs('EDITOR', 'en');
    const ban = await bansRoute(
      post('/api/admin/comments/bans', { kind: 'IP_HASH', values: ['203.0.113.9'], period: 'forever', reason: '' }),
    );
    expect(ban.status).toBe(400);
    expect(await ban.json()).toEqual({
      error: 'Please check the highlighted fields.',
      fieldErrors: { period: ['Please fill this in.'], reason: ['Please fill this in.'] },
    });
    expect((await actionsRoute(post('/api/admin/comments/actions', 'not json'))).status).toBe(400);
  });

  it('let a moderator approve, audited', async () => {
    route.staff = staffAs('MODERATOR');
    const response = await actionsRoute(post('/api/admin/comments/actions', { action: 'approve', ids: [commentId] }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ changed: 1 });
    expect(await db.auditLog.count({ where: { entityId: commentId, action: 'comment.approve', actorId: moderatorId } })).toBe(1);
  });

  it('let a moderator ban, and poll the counts', async () => {
    route.staff = staffAs('MODERATOR');
    const ban = await bansRoute(
      post('/api/admin/comments/bans', { kind: 'NICKNAME', values: ['독자'], period: 'day', reason: '도배', deleteExisting: true }),
    );
    expect(ban.status).toBe(201);
    expect(await ban.json()).toEqual({ banned: 1, deleted: 1 });

    const summary = await summaryRoute(new Request(`${site}/api/admin/comments/summary?since=${commentId}`));
    expect(summary.headers.get('cache-control')).toBe('no-store');
    expect(await summary.json()).toMatchObject({ counts: { deleted: 1, held: 0, reported: 0 }, newSince: 0 });
  });
});
