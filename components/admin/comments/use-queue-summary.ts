'use client';

import { fetchResult } from '@/lib/actions/result';
import { useEffect, useState } from 'react';
import type { QueueSummary } from '@/lib/comments/moderation/queue';

export const summaryPollMs = 5000;

/**
 * The queue's counts and newest comment, polled every few seconds while the tab is visible (and at once when it
 * becomes visible again). `rendered` is what the server showed; a newer render replaces what was polled before.
 */
export function useQueueSummary(rendered: QueueSummary): QueueSummary {
  const [polled, setPolled] = useState<{ basis: QueueSummary; summary: QueueSummary } | null>(null);
  const sinceId = rendered.newestId;

  useEffect(() => {
    let stopped = false;
    async function poll() {
      if (document.visibilityState !== 'visible') return;
      // Offline for a moment, or refused: the next poll tries again.
      const result = await fetchResult<QueueSummary>(
        `/api/admin/comments/summary${sinceId ? `?since=${sinceId}` : ''}`,
        { cache: 'no-store' },
        '',
      );
      if (result.ok && !stopped) setPolled({ basis: rendered, summary: result.data });
    }
    const timer = window.setInterval(poll, summaryPollMs);
    document.addEventListener('visibilitychange', poll);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', poll);
    };
  }, [rendered, sinceId]);

  return polled?.basis === rendered ? polled.summary : rendered;
}

/** Whether the queue differs from what the page shows: new comments, or a tab's count moved (a report, another moderator). */
export function summaryChanged(rendered: QueueSummary, current: QueueSummary): boolean {
  if (current === rendered) return false;
  return (
    current.newestId !== rendered.newestId ||
    Object.entries(current.counts).some(([tab, count]) => rendered.counts[tab as keyof QueueSummary['counts']] !== count)
  );
}
