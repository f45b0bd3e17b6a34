import { beforeAll, describe, expect, it } from 'vitest';
import { parseAuditFilter } from '@/lib/audit/audit-filter';
import { auditEntryText } from '@/lib/audit/describe-entry';
import { listAuditEntries } from '@/lib/audit/list-entries';
import { recordAudit } from '@/lib/audit/record';
import { publishDueArticles } from '@/lib/articles/workflow';
import { moderateComments } from '@/lib/comments/moderation/moderate-comments';
import { moderationInputSchema } from '@/lib/comments/moderation/moderation-schema';
import { contentHash } from '@/lib/comments/reader/fingerprints';
import { foldNickname } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import { auditMessages } from '@/lib/i18n/admin/audit';
import type { Locale } from '@/lib/i18n/locales';
import { changeStaffRole } from '@/lib/staff/change-role';
import { deactivateStaff } from '@/lib/staff/set-staff-active';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('audit-log');
let db: Database;
let admin: string;
let moderator: string;
let article: { id: string; ko: string; en: string };
let scheduled: { id: string; ko: string };
const comment = '기사와 상관없는 광고 글입니다. 여기로 오세요.';

const sentences = async (raw: Record<string, string>, locale: Locale = 'ko') => {
  const { entries } = await listAuditEntries(db, parseAuditFilter(raw).filter, locale);
  return entries.map((entry) => auditEntryText(entry, auditMessages[locale]));
};

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  const idOf = async (email: string) => (await db.staff.findUniqueOrThrow({ where: { email } })).id;
  [admin, moderator] = await Promise.all([idOf('admin@dateline.example'), idOf('moderator@dateline.example')]);
  const seeded = await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug }, include: { texts: true } });
  const headline = (locale: string) => seeded.texts.find((text) => text.locale === locale)!.headline;
  article = { id: seeded.id, ko: headline('ko'), en: headline('en') };

  // What the newsroom does, through the functions that do it.
  await recordAudit(db, {
    actorId: admin,
    action: 'article.publish',
    entityType: 'article',
    entityId: article.id,
    details: { version: 7 },
  });
  const reporter = await db.staff.create({
    data: {
      nameKo: '박기자',
      nameEn: 'Park Gi-ja',
      email: 'park@dateline.example',
      slug: 'park-gi-ja',
      role: 'REPORTER',
      passwordHash: 'x',
    },
  });
  await changeStaffRole(db, { id: admin }, { staffId: reporter.id, role: 'EDITOR' });
  await deactivateStaff(db, { id: admin }, reporter.id);
  const { id: commentId } = await db.comment.create({
    data: {
      articleId: article.id,
      locale: 'ko',
      nickname: '광고꾼',
      nicknameKey: foldNickname('광고꾼'),
      passwordHash: 'x',
      content: comment,
      contentHash: contentHash(comment),
      ipHash: 'a'.repeat(64),
    },
  });
  await moderateComments(db, { id: moderator }, moderationInputSchema.parse({ action: 'delete', ids: [commentId], reason: 'OFF_TOPIC' }));
  const due = await db.article.create({
    data: {
      slug: 'scheduled-story',
      status: 'SCHEDULED',
      publishedAt: new Date(Date.now() - 60_000),
      texts: {
        create: {
          locale: 'ko',
          headline: '예약해 둔 기사',
          datelineCity: '남양주',
          datelineOutlet: '데이트라인',
          body: { type: 'doc', content: [] },
        },
      },
    },
  });
  scheduled = { id: due.id, ko: '예약해 둔 기사' };
  await publishDueArticles(db);
  // A kind this version does not declare: written by another version, or by code being added.
  await db.auditLog.create({ data: { actorId: admin, action: 'poll.close', entityType: 'article', entityId: article.id } });
});

describe('the audit log reads like sentences', () => {
  it('in Korean, naming the article by its headline, the staff member by name, the comment by its words', async () => {
    expect(await sentences({})).toEqual([
      `작업 ‘poll.close’: “${article.ko}”`,
      `예약한 시각이 되어 “${scheduled.ko}” 기사를 게시했습니다`,
      `“${comment}” 댓글을 삭제했습니다 (작성자 광고꾼, 이유: 기사와 관련 없는 글)`,
      '박기자 님의 계정을 비활성화했습니다',
      '박기자 님의 역할을 기자에서 편집자로 바꿨습니다',
      `“${article.ko}” 기사를 게시했습니다`,
    ]);
  });

  it('in English, with the English headline and name', async () => {
    expect(await sentences({}, 'en')).toEqual([
      `Recorded “poll.close”: “${article.en}”`,
      `Published “${scheduled.ko}” at its scheduled time`,
      `Deleted the comment “${comment}” (by 광고꾼, reason: Off topic)`,
      'Deactivated the account of Park Gi-ja',
      'Changed the role of Park Gi-ja from Reporter to Editor',
      `Published “${article.en}”`,
    ]);
  });

  it('resolves each target for links: the article for its editor, the comment with its article', async () => {
    const { entries } = await listAuditEntries(db, {}, 'ko');
    const byAction = Object.fromEntries(entries.map((entry) => [entry.action, entry.target]));
    expect(byAction['article.publish']).toEqual({ kind: 'article', id: article.id, label: article.ko });
    expect(byAction['comment.delete']).toMatchObject({ kind: 'comment', label: comment, article: { id: article.id, label: article.ko } });
    expect(byAction['staff.changeRole']).toMatchObject({ kind: 'staff', label: '박기자' });
  });
});

describe('the audit log filters', () => {
  it('by who, the scheduler being "system"', async () => {
    expect(await sentences({ who: moderator })).toHaveLength(1);
    expect(await sentences({ who: 'system' })).toEqual([`예약한 시각이 되어 “${scheduled.ko}” 기사를 게시했습니다`]);
  });

  it('by what: one kind, or every kind of an area', async () => {
    expect(await sentences({ what: 'staff.changeRole' })).toEqual(['박기자 님의 역할을 기자에서 편집자로 바꿨습니다']);
    expect(await sentences({ what: 'staff' })).toHaveLength(2);
    expect(await sentences({ what: 'poll.close' })).toHaveLength(1);
  });

  it('by Korea-time days, both ends included', async () => {
    const lateOnNov30 = new Date('2026-11-30T14:30:00Z'); // 23:30 in Korea
    const earlyOnDec1 = new Date('2026-11-30T15:30:00Z'); // 00:30 on 1 December in Korea
    for (const createdAt of [lateOnNov30, earlyOnDec1]) {
      await db.auditLog.create({ data: { actorId: admin, action: 'front.arrange', entityType: 'frontPage', entityId: 'en', createdAt } });
    }
    const on = (from: string, to: string) => listAuditEntries(db, parseAuditFilter({ from, to, what: 'front' }).filter, 'ko');
    expect((await on('2026-12-01', '2026-12-01')).entries.map((entry) => entry.createdAt)).toEqual([earlyOnDec1]);
    expect((await on('2026-11-30', '2026-12-01')).entries).toHaveLength(2);
    expect(await sentences({ from: '2026-11-30', to: '2026-11-30', what: 'front' })).toEqual(['영어 1면을 새로 짰습니다']);
  });

  it('name what was wrong in the address and leave it out instead of failing', () => {
    expect(parseAuditFilter({ who: 'nobody', what: 'DROP TABLE', from: '2026-13-01', to: '2026-12-01', before: '0' })).toEqual({
      filter: { to: '2026-12-01' },
      problems: ['who', 'what', 'from', 'before'],
    });
    expect(parseAuditFilter({ from: '2026-12-02', to: '2026-12-01', who: ['a', 'b'] })).toEqual({
      filter: { from: '2026-12-02' },
      problems: ['who', 'order'],
    });
    expect(parseAuditFilter({ who: 'system', what: 'comment', from: '', to: '' })).toEqual({
      filter: { who: 'system', what: 'comment' },
      problems: [],
    });
  });
});
