import Link from 'next/link';
import { formatQueueCount, queueHref, queueTabs, type QueueParams } from '@/lib/comments/moderation/queue-href';
import type { QueueCounts } from '@/lib/comments/moderation/queue';
import type { AdminMessages } from '@/lib/i18n/admin-messages';

/** The queue's tabs with their counts; the filters carry over, the page does not. Reported and held counts stand out while there are any. */
export function QueueTabs({ counts, params, t }: { counts: QueueCounts; params: QueueParams; t: AdminMessages['comments'] }) {
  return (
    <nav aria-label={t.tabsLabel}>
      <ul className="flex flex-wrap gap-x-1 border-b border-rule text-sm">
        {queueTabs.map((tab) => {
          const urgent = (tab === 'reported' || tab === 'held') && counts[tab] > 0;
          return (
            <li key={tab}>
              <Link
                href={queueHref(params, { tab, after: undefined })}
                aria-current={tab === params.tab ? 'page' : undefined}
                className="-mb-px flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 font-semibold text-muted hover:text-ink aria-[current=page]:border-accent aria-[current=page]:text-ink"
              >
                {t.tabs[tab]}
                <span className={`rounded-full px-1.5 text-xs tabular-nums ${urgent ? 'bg-accent text-paper' : 'bg-rule/70 text-ink'}`}>
                  {formatQueueCount(counts[tab])}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
