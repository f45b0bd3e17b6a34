import type { RequestOutcome } from '@/lib/http/request-outcome';
import { appMetrics } from './registry';

/** 2xx … 5xx, or `aborted` when the client went away before an answer was sent (status 0). */
export function statusClassOf(status: number): string {
  return status === 0 ? 'aborted' : `${Math.floor(status / 100)}xx`;
}

/** An answered request's place in the metrics: its duration by route group and status class, and the page cache's part. */
export function countRequest({ routeGroup, status, durationSeconds, cache }: RequestOutcome): void {
  const metrics = appMetrics();
  metrics.requestDuration.observe({ route_group: routeGroup, status_class: statusClassOf(status) }, durationSeconds);
  if (cache) metrics.pageCacheAnswers.inc({ route_group: routeGroup, result: cache });
}
