import { describe, expect, it } from 'vitest';
import { rowActions } from '@/components/admin/comments/CommentRow';
import { summaryChanged } from '@/components/admin/comments/use-queue-summary';
import { describeCommentEntry } from '@/lib/audit/comment-entry';
import type { QueueRow, QueueSummary } from '@/lib/comments/moderation/queue';
import { queueHref } from '@/lib/comments/moderation/queue-href';
import { getAdminMessages } from '@/lib/i18n/admin-messages';

describe('queue addresses', () => {
  it('leave out the default tab and empty values, and apply changes', () => {
    expect(queueHref({ tab: 'all' })).toBe('/admin/comments');
    expect(queueHref({ tab: 'held', nickname: '독자', q: '' }, { after: 'abc' })).toBe(
      '/admin/comments?tab=held&nickname=%EB%8F%85%EC%9E%90&after=abc',
    );
    expect(queueHref({ tab: 'reported', after: 'abc' }, { tab: 'all', after: undefined })).toBe('/admin/comments');
  });
});

describe('what a moderator can do with a comment', () => {
  const row = (changes: Partial<QueueRow>) =>
    ({ status: 'VISIBLE', reports: { count: 0, reasons: [], notes: [] }, deletion: null, ...changes }) as QueueRow;
  const by = { nameKo: '이도윤', nameEn: 'Lee Do-yun' };

  it('approve what is held or reported, delete what is up, restore only a moderator’s deletion', () => {
    expect(rowActions(row({}))).toEqual(['delete']);
    expect(rowActions(row({ status: 'HELD' }))).toEqual(['approve', 'delete']);
    expect(rowActions(row({ reports: { count: 1, reasons: [], notes: [], reporters: [] } }))).toEqual(['approve', 'delete']);
    expect(rowActions(row({ status: 'DELETED', deletion: { at: new Date(), reason: 'SPAM', note: null, by } }))).toEqual(['restore']);
    expect(rowActions(row({ status: 'DELETED', deletion: { at: new Date(), reason: null, note: null, by: null } }))).toEqual([]);
  });
});

describe('telling that the queue changed', () => {
  const summary: QueueSummary = { counts: { all: 5, reported: 1, held: 1, deleted: 0 }, newestId: 'b', newSince: 0 };

  it('by a newer comment or a count that moved, not by the same numbers polled again', () => {
    expect(summaryChanged(summary, summary)).toBe(false);
    expect(summaryChanged(summary, { ...summary })).toBe(false);
    expect(summaryChanged(summary, { ...summary, newestId: 'c', newSince: 1 })).toBe(true);
    expect(summaryChanged(summary, { ...summary, counts: { ...summary.counts, reported: 2 } })).toBe(true);
  });
});

describe('comment entries in the audit log', () => {
  const ko = getAdminMessages('ko').comments;
  const en = getAdminMessages('en').comments;

  it('say what was done, why and to whose comment, in the reader’s language', () => {
    const details = { reason: 'OFF_TOPIC', note: '광고 링크', articleId: 'a', nickname: '독자' };
    expect(describeCommentEntry('comment.delete', details, ko)).toBe('댓글 삭제 · 이유: 기사와 관련 없는 글 · 광고 링크 · 작성자: 독자');
    expect(describeCommentEntry('comment.delete', details, en)).toBe('Comment deleted · Reason: Off topic · 광고 링크 · Author: 독자');
    expect(describeCommentEntry('comment.approve', { articleId: 'a', nickname: 'kim' }, en)).toBe('Comment approved · Author: kim');
    expect(describeCommentEntry('comment.ban', { kind: 'NICKNAME', value: 'troll', reason: '욕설' }, ko)).toBe(
      '댓글 작성자 차단 · 닉네임 · troll · 이유: 욕설',
    );
    expect(describeCommentEntry('comment.wordAdd', { term: 'ㅅㅂ', level: 'BANNED' }, ko)).toBe('금지어 추가 · ㅅㅂ · 금지');
  });

  it('leave other entries and odd details alone', () => {
    expect(describeCommentEntry('article.publish', {}, ko)).toBeNull();
    expect(describeCommentEntry('comment.delete', null, ko)).toBe('댓글 삭제');
    expect(describeCommentEntry('comment.delete', ['x'], ko)).toBe('댓글 삭제');
  });
});
