import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { banCommenters, isBannedCommenter, liftBan, listActiveBans } from '@/lib/comments/moderation/commenter-bans';
import { contentHash } from '@/lib/comments/reader/fingerprints';
import { foldNickname } from '@/lib/comments/reader/reader-schema';
import { moderateComments } from '@/lib/comments/moderation/moderate-comments';
import { addBannedWord, listBannedWords, removeBannedWord } from '@/lib/comments/moderation/word-list';
import { countQueueTabs, listModerationQueue, queueFilterSchema, queueSummary } from '@/lib/comments/moderation/queue';
import { formatQueueCount } from '@/lib/comments/moderation/queue-href';
import { banInputSchema, bannedWordInputSchema, moderationInputSchema } from '@/lib/comments/moderation/moderation-schema';
import { setArticleCommentMode, updateCommentSettings } from '@/lib/comments/moderation/change-settings';
import { effectiveCommentMode, getCommentSettings } from '@/lib/comments/reader/comment-rules';
import type { Database } from '@/lib/db/client';
import type { CommentHoldReason, CommentStatus, ModerationReason } from '@/lib/db/generated/enums';
import { InvalidInputError } from '@/lib/errors';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('comment-moderation');
let db: Database;
let moderator: { id: string };
let seedArticleId: string;
let otherArticleId: string;

const ipA = 'a'.repeat(64);
const ipB = 'b'.repeat(64);

type NewComment = {
  content: string;
  nickname?: string;
  articleId?: string;
  ipHash?: string;
  status?: CommentStatus;
  holdReason?: CommentHoldReason;
  createdAt?: Date;
  reports?: { reason: ModerationReason; note?: string }[];
  deletedBySelf?: boolean;
};

let reporterSerial = 0;

/** A comment as the reader routes would leave it, with its reports. */
async function comment({
  content,
  nickname = '독자',
  articleId = seedArticleId,
  ipHash = ipA,
  status = 'VISIBLE',
  holdReason,
  createdAt,
  reports = [],
  deletedBySelf,
}: NewComment) {
  const { id } = await db.comment.create({
    data: {
      articleId,
      locale: 'ko',
      nickname,
      nicknameKey: foldNickname(nickname),
      passwordHash: 'not-a-real-hash',
      content,
      contentHash: contentHash(content),
      ipHash,
      status: deletedBySelf ? 'DELETED' : status,
      holdReason,
      createdAt,
      openReportCount: reports.length,
      deletedAt: deletedBySelf ? new Date() : undefined,
    },
    select: { id: true },
  });
  for (const report of reports) {
    await db.commentReport.create({
      data: {
        commentId: id,
        reporterHash: `reader-${reporterSerial}`,
        reporterNetworkHash: `network-${reporterSerial++}`,
        reason: report.reason,
        note: report.note,
      },
    });
  }
  return id;
}

const queue = (params: Record<string, string>, limit?: number) => listModerationQueue(db, queueFilterSchema.parse(params), 'ko', limit);
const ids = async (params: Record<string, string>) => (await queue(params)).rows.map((row) => row.id);
const moderate = (input: Record<string, unknown>) => moderateComments(db, moderator, moderationInputSchema.parse(input));
const audit = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  await db.comment.deleteMany();
  moderator = await db.staff.findUniqueOrThrow({ where: { email: 'moderator@dateline.example' }, select: { id: true } });
  seedArticleId = (await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } })).id;
  const other = await db.article.create({
    data: {
      slug: 'queue-test-article',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      texts: {
        create: [
          {
            locale: 'ko',
            headline: '대기열 시험 기사',
            datelineCity: '서울',
            datelineOutlet: '데이트라인',
            body: bodyFromParagraphs(['본문']),
          },
          {
            locale: 'en',
            headline: 'Queue test article',
            datelineCity: 'Seoul',
            datelineOutlet: 'Dateline',
            body: bodyFromParagraphs(['Body']),
          },
        ],
      },
    },
  });
  otherArticleId = other.id;
});

describe('the moderation queue', () => {
  let visible: string, premoderated: string, hiddenByReports: string, reportedOnce: string, deleted: string, selfDeleted: string;

  beforeAll(async () => {
    visible = await comment({ content: '평범한 댓글' });
    premoderated = await comment({ content: '승인 대기 댓글', status: 'HELD', holdReason: 'PREMODERATION' });
    hiddenByReports = await comment({
      content: '신고가 쌓인 댓글',
      status: 'HELD',
      holdReason: 'REPORTS',
      reports: [{ reason: 'SPAM' }, { reason: 'ABUSE', note: '욕설이 있어요' }, { reason: 'SPAM' }],
    });
    reportedOnce = await comment({ content: '한 번 신고된 댓글', reports: [{ reason: 'OFF_TOPIC' }] });
    deleted = await comment({ content: '지울 댓글' });
    await moderate({ action: 'delete', ids: [deleted], reason: 'ABUSE' });
    selfDeleted = await comment({ content: '작성자가 지운 댓글', deletedBySelf: true });
  });

  it('has tabs for everything not deleted, the reported, the held and the deleted, newest first, with counts', async () => {
    expect(await ids({})).toEqual([reportedOnce, hiddenByReports, premoderated, visible]);
    expect(await ids({ tab: 'reported' })).toEqual([reportedOnce, hiddenByReports]);
    expect(await ids({ tab: 'held' })).toEqual([hiddenByReports, premoderated]);
    expect(await ids({ tab: 'deleted' })).toEqual([selfDeleted, deleted]);
    expect(await countQueueTabs(db)).toEqual({ all: 4, reported: 2, held: 2, deleted: 2 });
  });

  it('shows each comment’s open reports by reason, the readers’ notes, the article and who deleted it', async () => {
    const { rows } = await queue({ tab: 'reported' });
    expect(rows.find((r) => r.id === hiddenByReports)).toMatchObject({
      status: 'HELD',
      holdReason: 'REPORTS',
      reports: {
        count: 3,
        reasons: [
          { reason: 'SPAM', count: 2 },
          { reason: 'ABUSE', count: 1 },
        ],
        notes: ['욕설이 있어요'],
      },
      article: { id: seedArticleId, slug: seedArticle.slug, headlineLocale: 'ko', publicLocale: 'ko' },
      staff: false,
      deletion: null,
    });
    const deletions = (await queue({ tab: 'deleted' })).rows;
    expect(deletions.find((r) => r.id === deleted)?.deletion).toMatchObject({ reason: 'ABUSE', by: { nameKo: '이도윤' } });
    expect(deletions.find((r) => r.id === selfDeleted)?.deletion).toMatchObject({ reason: null, by: null });
  });

  it('gives the headline in the moderator’s language', async () => {
    const id = await comment({ content: '다른 기사 댓글', articleId: otherArticleId });
    const [row] = (await listModerationQueue(db, queueFilterSchema.parse({ article: 'queue-test-article' }), 'en')).rows;
    expect(row).toMatchObject({ id, article: { headline: 'Queue test article', headlineLocale: 'en' } });
    await moderate({ action: 'delete', ids: [id], reason: 'SPAM' });
  });
});

describe('queue filters', () => {
  let mine: string, theirs: string, late: string, percent: string;

  beforeAll(async () => {
    mine = await comment({
      content: '필터 시험: 첫 댓글',
      nickname: 'Spam Bot',
      ipHash: ipB,
      articleId: otherArticleId,
      createdAt: new Date('2026-10-31T14:30:00Z'),
    });
    theirs = await comment({
      content: '필터 시험: 둘째 댓글',
      nickname: '다른사람',
      ipHash: ipB,
      articleId: otherArticleId,
      createdAt: new Date('2026-10-31T15:30:00Z'),
    });
    late = await comment({
      content: '필터 시험: 셋째 댓글',
      nickname: 'spambot',
      articleId: otherArticleId,
      createdAt: new Date('2026-11-02T14:59:00Z'),
    });
    percent = await comment({ content: '할인 100% 보장', articleId: otherArticleId, createdAt: new Date('2026-11-03T01:00:00Z') });
  });

  it('by article, nickname however it is typed, and IP hash', async () => {
    expect(await ids({ article: 'queue-test-article' })).toEqual([percent, late, theirs, mine]);
    expect(await ids({ article: 'no-such-article' })).toEqual([]);
    expect(await ids({ article: 'queue-test-article', nickname: 'SPAM bot' })).toEqual([late, mine]);
    expect(await ids({ article: 'queue-test-article', ip: ipB.toUpperCase() })).toEqual([theirs, mine]);
  });

  it('by Korea-time calendar days, both ends included', async () => {
    // 2026-10-31T15:30Z is 11월 1일 00:30 in Korea; 2026-11-02T14:59Z is 11월 2일 23:59.
    expect(await ids({ article: 'queue-test-article', from: '2026-11-01', to: '2026-11-02' })).toEqual([late, theirs]);
    expect(await ids({ article: 'queue-test-article', to: '2026-10-31' })).toEqual([mine]);
    expect(await ids({ article: 'queue-test-article', from: '2026-11-03' })).toEqual([percent]);
  });

  it('by text, case-insensitive, with % and _ taken literally', async () => {
    expect(await ids({ q: '필터 시험' })).toEqual([late, theirs, mine]);
    expect(await ids({ q: '100%' })).toEqual([percent]);
    expect(await ids({ q: '0%보' })).toEqual([]);
  });

  it('ignores values that are not what they should be', async () => {
    expect(queueFilterSchema.parse({ tab: 'nope', from: '2026-13-01', ip: 'short', q: '', after: ['a', 'b'] })).toEqual({ tab: 'all' });
  });
});

describe('keyset pages', () => {
  it('walk every comment once, in order, even with equal times and comments arriving meanwhile', async () => {
    const at = new Date('2026-09-01T00:00:00Z');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(await comment({ content: `같은 시각 ${i}`, nickname: 'pager', createdAt: at }));
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await queue({ nickname: 'pager', ...(after && { after }) }, 2);
      seen.push(...page.rows.map((r) => r.id));
      if (!after) await comment({ content: '나중에 온 댓글', nickname: 'pager' });
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual([...made].sort().reverse());
    expect(await ids({ nickname: 'pager', after: 'garbage' })).toHaveLength(6);
  });
});

describe('moderation actions', () => {
  it('delete softly, with the reason, resolving reports, and an audit entry per comment saying who and why', async () => {
    const a = await comment({ content: '광고 댓글 하나', reports: [{ reason: 'SPAM' }, { reason: 'SPAM' }] });
    const b = await comment({ content: '광고 댓글 둘', status: 'HELD', holdReason: 'SUSPECT_WORD' });
    expect(await moderate({ action: 'delete', ids: [a, b, a], reason: 'OTHER', note: '반복 광고' })).toEqual({ changed: 2 });

    const stored = await db.comment.findUniqueOrThrow({ where: { id: a }, include: { reports: true } });
    expect(stored).toMatchObject({
      status: 'DELETED',
      deletedById: moderator.id,
      deletionReason: 'OTHER',
      deletionNote: '반복 광고',
      openReportCount: 0,
      content: '광고 댓글 하나',
    });
    expect(stored.deletedAt).toBeInstanceOf(Date);
    expect(stored.reports.every((r) => r.resolvedAt !== null)).toBe(true);
    expect(await audit(a)).toMatchObject([
      {
        actorId: moderator.id,
        action: 'comment.delete',
        entityType: 'comment',
        details: { reason: 'OTHER', note: '반복 광고', articleId: seedArticleId, nickname: '독자' },
      },
    ]);

    expect(await moderate({ action: 'delete', ids: [a], reason: 'SPAM' })).toEqual({ changed: 0 });
    expect(await audit(a)).toHaveLength(1);
  });

  it('approve a held comment, and keep a visible reported one, clearing its reports', async () => {
    const held = await comment({ content: '승인할 댓글', status: 'HELD', holdReason: 'PREMODERATION' });
    const reported = await comment({ content: '신고됐지만 괜찮은 댓글', reports: [{ reason: 'ABUSE' }] });
    const plain = await comment({ content: '이미 보이는 댓글' });
    expect((await moderate({ action: 'approve', ids: [held, reported, plain] })).changed).toBe(2);
    expect(
      await db.comment.findMany({
        where: { id: { in: [held, reported] } },
        select: { status: true, holdReason: true, openReportCount: true },
      }),
    ).toEqual([
      { status: 'VISIBLE', holdReason: null, openReportCount: 0 },
      { status: 'VISIBLE', holdReason: null, openReportCount: 0 },
    ]);
    expect(await db.commentReport.count({ where: { commentId: reported, resolvedAt: null } })).toBe(0);
    expect(await audit(held)).toMatchObject([{ action: 'comment.approve', details: { nickname: '독자', articleId: seedArticleId } }]);
    expect(await audit(plain)).toEqual([]);
  });

  it('restore a moderator’s deletion, but not what the author deleted with their password', async () => {
    const removed = await comment({ content: '잘못 지운 댓글' });
    await moderate({ action: 'delete', ids: [removed], reason: 'DEFAMATION' });
    const ownDeletion = await comment({ content: '내가 지운 댓글', deletedBySelf: true });
    expect((await moderate({ action: 'restore', ids: [removed, ownDeletion] })).changed).toBe(1);
    expect(await db.comment.findUniqueOrThrow({ where: { id: removed } })).toMatchObject({
      status: 'VISIBLE',
      deletedAt: null,
      deletedById: null,
      deletionReason: null,
      deletionNote: null,
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: ownDeletion } })).status).toBe('DELETED');
    expect((await audit(removed)).map((e) => e.action)).toEqual(['comment.delete', 'comment.restore']);
  });

  it('are refused without a reason to delete, without a note for “other”, and beyond a hundred comments', () => {
    const id = '0190f5a0-0000-7000-8000-000000000000';
    const issues = (input: unknown) => moderationInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ action: 'delete', ids: [id] })).toEqual([['reason', 'moderationReasonRequired']]);
    expect(issues({ action: 'delete', ids: [id], reason: 'OTHER', note: '  ' })).toEqual([['note', 'moderationNoteRequired']]);
    expect(issues({ action: 'approve', ids: [] })).toEqual([['ids', 'required']]);
    expect(issues({ action: 'approve', ids: Array(101).fill(id) })).toEqual([['ids', 'tooLong']]);
    expect(issues({ action: 'hide', ids: ['x'] })).toEqual([
      ['action', 'invalid'],
      ['ids.0', 'invalid'],
    ]);
  });
});

describe('bans', () => {
  const ban = (input: Record<string, unknown>, now?: Date) => banCommenters(db, moderator, banInputSchema.parse(input), now);

  it('block a nickname however it is typed, for the period chosen, and are audited', async () => {
    const now = new Date('2026-11-20T00:00:00Z');
    const result = await ban({ kind: 'NICKNAME', values: ['Troll Face'], period: 'week', reason: '반복 욕설' }, now);
    expect(result).toEqual({ banned: 1, deleted: { changed: 0 } });
    const key = foldNickname('trollface');
    expect(await isBannedCommenter(db, { nicknameKey: key, ipHash: ipB }, new Date('2026-11-26T23:00:00Z'))).toBe(true);
    expect(await isBannedCommenter(db, { nicknameKey: key, ipHash: ipB }, new Date('2026-11-27T00:00:01Z'))).toBe(false);
    const [stored] = await db.commentBan.findMany({ where: { value: key } });
    expect(await audit(stored!.id)).toMatchObject([
      {
        actorId: moderator.id,
        action: 'comment.ban',
        entityType: 'commentBan',
        details: { kind: 'NICKNAME', value: key, reason: '반복 욕설', expiresAt: '2026-11-27T00:00:00.000Z' },
      },
    ]);
  });

  it('block an address hash until lifted, deleting what it posted when asked; lifting unblocks it', async () => {
    const ip = 'c'.repeat(64);
    const first = await comment({ content: '차단될 사람의 댓글', ipHash: ip });
    const second = await comment({ content: '차단될 사람의 보류 댓글', ipHash: ip, status: 'HELD', holdReason: 'SUSPECT_WORD' });
    const result = await ban({ kind: 'IP_HASH', values: [ip], period: 'permanent', reason: '도배', deleteExisting: true });
    expect(result).toMatchObject({ banned: 1, deleted: { changed: 2 } });
    expect(
      await db.comment.findMany({
        where: { id: { in: [first, second] } },
        select: { status: true, deletionReason: true, deletionNote: true },
      }),
    ).toEqual([
      { status: 'DELETED', deletionReason: 'OTHER', deletionNote: '도배' },
      { status: 'DELETED', deletionReason: 'OTHER', deletionNote: '도배' },
    ]);
    const far = new Date('2040-01-01T00:00:00Z');
    expect(await isBannedCommenter(db, { nicknameKey: 'anyone', ipHash: ip }, far)).toBe(true);

    const active = await listActiveBans(db);
    const stored = active.find((b) => b.value === ip)!;
    expect(stored).toMatchObject({ kind: 'IP_HASH', expiresAt: null, reason: '도배', createdBy: { nameKo: '이도윤' } });
    expect(await liftBan(db, moderator, stored.id)).toBe(true);
    expect(await liftBan(db, moderator, stored.id)).toBe(false);
    expect(await isBannedCommenter(db, { nicknameKey: 'anyone', ipHash: ip })).toBe(false);
    expect((await listActiveBans(db)).some((b) => b.id === stored.id)).toBe(false);
    expect((await audit(stored.id)).map((e) => e.action)).toEqual(['comment.ban', 'comment.unban']);
  });

  it('refuse an address that is not a hash, and a ban without a reason', () => {
    const issues = banInputSchema.safeParse({ kind: 'IP_HASH', values: ['203.0.113.7'], period: 'day', reason: ' ' }).error?.issues;
    expect(issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reason', 'required'],
      ['values.0', 'invalid'],
    ]);
  });
});

describe('comment settings', () => {
  it('change the site mode and the report threshold, hiding comments already reported that often', async () => {
    const twice = await comment({ content: '두 번 신고된 댓글', reports: [{ reason: 'SPAM' }, { reason: 'ABUSE' }] });
    const once = await comment({ content: '한 번 신고된 다른 댓글', reports: [{ reason: 'SPAM' }] });
    expect(await updateCommentSettings(db, moderator, { mode: 'PREMODERATED', reportThreshold: 2 })).toEqual({ hidden: 1 });
    expect(await getCommentSettings(db)).toEqual({ mode: 'PREMODERATED', reportThreshold: 2 });
    expect((await db.comment.findUniqueOrThrow({ where: { id: twice } })).holdReason).toBe('REPORTS');
    expect((await db.comment.findUniqueOrThrow({ where: { id: once } })).status).toBe('VISIBLE');
    expect(await audit('1')).toMatchObject([
      {
        action: 'comment.settings',
        entityType: 'commentSettings',
        details: { before: { mode: 'OPEN', reportThreshold: 3 }, after: { mode: 'PREMODERATED', reportThreshold: 2 } },
      },
    ]);
    await updateCommentSettings(db, moderator, { mode: 'OPEN', reportThreshold: 3 });
  });

  it('set an article’s own mode, or hand it back to the site’s, audited', async () => {
    await setArticleCommentMode(db, moderator, otherArticleId, 'CLOSED');
    const { commentMode } = await db.article.findUniqueOrThrow({ where: { id: otherArticleId } });
    expect(effectiveCommentMode('OPEN', commentMode)).toBe('CLOSED');
    await setArticleCommentMode(db, moderator, otherArticleId, null);
    expect((await db.article.findUniqueOrThrow({ where: { id: otherArticleId } })).commentMode).toBeNull();
    expect((await audit(otherArticleId)).map((e) => e.details)).toEqual([
      { before: null, after: 'CLOSED' },
      { before: 'CLOSED', after: null },
    ]);
  });
});

describe('banned words', () => {
  it('are added composed, trimmed and in lower case, once; removed with an audit entry', async () => {
    const word = await addBannedWord(db, moderator, bannedWordInputSchema.parse({ term: '  SPAM시발 '.normalize('NFD'), level: 'BANNED' }));
    expect(word).toMatchObject({ term: 'spam시발', level: 'BANNED', createdBy: { nameKo: '이도윤' } });
    await expect(addBannedWord(db, moderator, bannedWordInputSchema.parse({ term: 'spam시발', level: 'SUSPECT' }))).rejects.toEqual(
      new InvalidInputError({ term: ['bannedWordTaken'] }),
    );
    await addBannedWord(db, moderator, bannedWordInputSchema.parse({ term: '광고', level: 'SUSPECT' }));
    expect((await listBannedWords(db)).map((w) => [w.term, w.level])).toEqual([
      ['spam시발', 'BANNED'],
      ['광고', 'SUSPECT'],
    ]);
    expect(await removeBannedWord(db, moderator, word.id)).toBe(true);
    expect(await removeBannedWord(db, moderator, word.id)).toBe(false);
    expect((await audit(word.id)).map((e) => [e.action, e.details])).toEqual([
      ['comment.wordAdd', { term: 'spam시발', level: 'BANNED' }],
      ['comment.wordRemove', { term: 'spam시발', level: 'BANNED' }],
    ]);
  });

  it('must have a letter or digit', () => {
    expect(bannedWordInputSchema.safeParse({ term: ' *** ', level: 'BANNED' }).error?.issues.map((i) => i.message)).toEqual([
      'bannedWordInvalid',
    ]);
  });
});

describe('the queue summary', () => {
  it('counts the tabs and the comments posted after the newest one a page showed', async () => {
    const before = await queueSummary(db);
    const fresh = await comment({ content: '방금 올라온 댓글', status: 'HELD', holdReason: 'PREMODERATION' });
    const after = await queueSummary(db, before.newestId!);
    expect(after).toMatchObject({ newestId: fresh, newSince: 1 });
    expect(after.counts.held).toBe(before.counts.held + 1);
    expect(after.counts.all).toBe(before.counts.all + 1);
  });

  it('stops counting a tab past 999, which shows as “999+”', async () => {
    const data = Array.from({ length: 1001 }, (_, i) => ({
      articleId: seedArticleId,
      locale: 'ko',
      nickname: 'bulk',
      nicknameKey: 'bulk',
      passwordHash: 'not-a-real-hash',
      content: `지운 광고 ${i}`,
      contentHash: contentHash(`지운 광고 ${i}`),
      ipHash: ipA,
      status: 'DELETED' as const,
    }));
    await db.comment.createMany({ data });
    const { deleted } = await countQueueTabs(db);
    expect(deleted).toBe(1000);
    expect(formatQueueCount(deleted)).toBe('999+');
    expect(formatQueueCount(999)).toBe('999');
  });
});
