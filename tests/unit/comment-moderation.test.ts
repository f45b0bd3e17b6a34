import { describe, expect, it } from 'vitest';
import { rowActions } from '@/components/admin/comments/CommentRow';
import { summaryChanged } from '@/components/admin/comments/use-queue-summary';
import type { QueueRow, QueueSummary } from '@/lib/comments/moderation/queue';
import { queueHref } from '@/lib/comments/moderation/queue-href';

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
