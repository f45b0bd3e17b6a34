import Link from 'next/link';
import type { ModeratorCounts } from '@/lib/comments/moderation/moderator-dashboard';
import { commentsPath, formatQueueCount, queueHref } from '@/lib/comments/moderation/queue-href';
import { moderationMessages } from '@/lib/i18n/admin/comments';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';

/** The dashboard's comment card: what waits for a moderator and what came since their last look, each a link into the queue. */
export function ModeratorCard({ counts, locale }: { counts: ModeratorCounts; locale: Locale }) {
  const t = moderationMessages[locale];
  const tiles = [
    { label: t.dashboardReported, count: counts.reported, href: queueHref({ tab: 'reported' }) },
    { label: t.dashboardHeld, count: counts.held, href: queueHref({ tab: 'held' }) },
    { label: t.dashboardNew, count: counts.newSinceVisit, href: commentsPath },
  ];
  return (
    <section aria-labelledby="moderator-card" className="mt-8 rounded border border-rule p-4">
      <h2 id="moderator-card" className="text-lg font-bold">
        {t.dashboardTitle}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {tiles.map(({ label, count, href }) => (
          <li key={label}>
            <Link
              href={href}
              aria-label={t.dashboardOpenQueue(label, formatQueueCount(count))}
              className={`block rounded border border-rule p-3 hover:border-ink ${count > 0 ? '' : 'text-muted'}`}
            >
              <span className="block text-sm">{label}</span>
              <span className={`block text-3xl font-bold tabular-nums ${count > 0 ? 'text-accent' : ''}`}>{formatQueueCount(count)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-muted">
        {counts.lastVisitAt ? t.dashboardLastVisit(formatNewsTime(counts.lastVisitAt, locale)) : t.dashboardFirstVisit}
      </p>
    </section>
  );
}
