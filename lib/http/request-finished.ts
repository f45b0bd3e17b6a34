import { logRequest } from '@/lib/log/request-line';
import { countRequest } from '@/lib/metrics/request-metrics';
import type { RequestOutcome } from './request-outcome';

/** What follows every answered request (lib/http/front-door.ts): its line in the request log and its place in the metrics. */
export function requestFinished(outcome: RequestOutcome): void {
  logRequest(outcome);
  countRequest(outcome);
}
