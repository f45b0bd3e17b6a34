import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as reportRoute } from '@/pages/api/comments/[id]/reports';
import { moderateComments } from '@/lib/comments/moderation/moderate-comments';
import { listModerationQueue, queueFilterSchema } from '@/lib/comments/moderation/queue';
import { updateCommentSettings } from '@/lib/comments/moderation/change-settings';
import { readerHash, readerNetworkHash } from '@/lib/comments/reader/reader-routes';
import type { Database } from '@/lib/db/client';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { addArticle, answeredChallenge, storeComment, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';
import { readerRequest } from '../support/reader-request';

const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));

stubCommentEnvironment('security-comment-reports');
const own = ownTestDatabase('security_comment_reports');
let db: Database;
let article: { id: string; slug: string };
let moderator: { id: string };

let networks = 0;
/** A reader in a network (/24) of their own. */
const someIp = () => {
  networks++;
  return `10.${Math.floor(networks / 256)}.${networks % 256}.1`;
};

type Report = { reason?: string; challengeId?: string; answer?: string; locale?: string };

function report(id: string, ip: string, fields: Report = {}) {
  return reportRoute(readerRequest(`/api/comments/${id}/reports`, { locale: 'ko', reason: 'ABUSE', ...fields }, { ip }), { id });
}

/** A reader's first report on the article: with the anti-spam number answered. */
async function firstReport(id: string, ip: string, articleId = article.id) {
  return report(id, ip, await answeredChallenge(articleId));
}

const status = async (id: string) => (await db.comment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  db = own.db;
  route.db = db;
  article = await addArticle(db);
  moderator = await db.staff.create({
    data: {
      slug: 'reports-moderator',
      email: 'reports-moderator@dateline.example',
      nameKo: '관리',
      nameEn: 'Moderator',
      role: 'MODERATOR',
      passwordHash: 'unused',
    },
    select: { id: true },
  });
});

describe('reporting a comment', () => {
  it('asks for the anti-spam number at a reader’s first report on an article, and not again there', async () => {
    const [first, second] = [await storeComment(db, article.id), await storeComment(db, article.id)];
    const ip = someIp();

    const asked = await report(first.id, ip, { locale: 'en' });
    expect(asked.status).toBe(400);
    expect(await asked.json()).toEqual({
      error: 'Check what you entered.',
      fieldErrors: { answer: ['Your first report on this article needs the anti-spam number.'] },
    });
    const challenge = await answeredChallenge(article.id);
    const wrong = await report(first.id, ip, { ...challenge, answer: challenge.answer === '00000' ? '11111' : '00000' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fieldErrors).toEqual({ answer: ['숫자가 맞지 않습니다. 새 숫자를 입력해 주세요.'] });
    expect(await db.commentReport.count({ where: { commentId: first.id } })).toBe(0);

    expect((await firstReport(first.id, ip)).status).toBe(201);
    expect((await report(second.id, ip)).status).toBe(201);

    const elsewhere = await addArticle(db);
    const there = await storeComment(db, elsewhere.id);
    expect((await report(there.id, ip)).status).toBe(400);
    expect((await firstReport(there.id, ip, elsewhere.id)).status).toBe(201);
  });

  it('hides a comment only once readers from three distinct networks (/24, /48) reported it', async () => {
    const { id } = await storeComment(db, article.id);
    // One reader's phone, Wi-Fi and VPN addresses in one provider's blocks.
    for (const ip of [
      '203.0.113.10',
      '203.0.113.77',
      '203.0.113.200',
      '2001:db8:aaaa:1::1',
      '2001:db8:aaaa:2::1',
      '2001:db8:aaaa:ffff::9',
    ]) {
      expect((await firstReport(id, ip)).status).toBe(201);
    }
    expect(await status(id)).toBe('VISIBLE');
    expect((await firstReport(id, someIp())).status).toBe(201);
    expect(await status(id)).toBe('HELD');
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ holdReason: 'REPORTS', openReportCount: 7 });
  });

  it('no longer hides a comment a moderator approved, while the new reports still reach the queue', async () => {
    const { id } = await storeComment(db, article.id);
    for (let i = 0; i < 3; i++) await firstReport(id, someIp());
    expect(await status(id)).toBe('HELD');
    await moderateComments(db, moderator, { action: 'approve', ids: [id] });
    expect(await status(id)).toBe('VISIBLE');

    for (let i = 0; i < 4; i++) expect((await firstReport(id, someIp())).status).toBe(201);
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'VISIBLE', openReportCount: 4 });
    const reported = await listModerationQueue(db, queueFilterSchema.parse({ tab: 'reported' }), 'ko');
    expect(reported.rows.find((row) => row.id === id)?.reports.count).toBe(4);
  });

  it('hides on a lowered threshold only what that many networks reported, never an approved comment', async () => {
    const oneNetwork = await storeComment(db, article.id);
    const twoNetworks = await storeComment(db, article.id);
    const approved = await storeComment(db, article.id);
    for (const ip of ['192.0.2.1', '192.0.2.2']) await firstReport(oneNetwork.id, ip);
    for (const ip of [someIp(), someIp()]) await firstReport(twoNetworks.id, ip);
    await db.comment.update({ where: { id: approved.id }, data: { approvedAt: new Date() } });
    for (const ip of [someIp(), someIp()]) await firstReport(approved.id, ip);

    await updateCommentSettings(db, moderator, { mode: 'OPEN', reportThreshold: 2 });
    try {
      expect([await status(oneNetwork.id), await status(twoNetworks.id), await status(approved.id)]).toEqual([
        'VISIBLE',
        'HELD',
        'VISIBLE',
      ]);
    } finally {
      await updateCommentSettings(db, moderator, { mode: 'OPEN', reportThreshold: 3 });
    }
  });

  it('shows moderators who reported from which network, by keyed hashes only', async () => {
    const { id } = await storeComment(db, article.id);
    const ips = ['198.51.100.20', '198.51.100.21', '2001:db8:bbbb:cccc::5'];
    for (const ip of ips) await firstReport(id, ip);
    const hashes = ips.map((ip) => {
      const request = readerRequest('/', undefined, { ip });
      return { ipHash: readerHash(request), networkHash: readerNetworkHash(request) };
    });
    const row = (await listModerationQueue(db, queueFilterSchema.parse({ tab: 'reported' }), 'ko')).rows.find((r) => r.id === id);
    expect(row?.reports.reporters).toEqual(hashes);
    expect(hashes[0]!.networkHash).toBe(hashes[1]!.networkHash);
    expect(new Set(hashes.map((h) => h.ipHash)).size).toBe(3);
    const stored = JSON.stringify(await db.commentReport.findMany({ where: { commentId: id } }));
    for (const ip of ['198.51.100', '2001:db8']) expect(stored).not.toContain(ip);

    expect(getAdminMessages('ko').comments.reportedFrom('ab12cd34', 'ef56ab78')).toBe('IP 해시 ab12cd34 · 네트워크 해시 ef56ab78');
    expect(getAdminMessages('en').comments.reportedFrom('ab12cd34', 'ef56ab78')).toBe('IP hash ab12cd34 · network hash ef56ab78');
  });
});
