import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '@/lib/log/logger';
import { appMetrics } from './registry';

export const metricsPath = '/metrics';

export type MetricsAccess = 'allowed' | 'off' | 'refused';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an `Authorization` header may read the metrics: `Bearer <METRICS_TOKEN>`, compared in constant time
 * (of equal-length digests, so not even the token's length leaks). Without METRICS_TOKEN the metrics are off.
 */
export function metricsAccess(authorization: string | undefined, token = process.env.METRICS_TOKEN): MetricsAccess {
  if (!token) return 'off';
  const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(given), digest(token)) ? 'allowed' : 'refused';
}

const textHeaders = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

const refusals = {
  off: { status: 404, headers: textHeaders, body: 'Metrics are off on this instance: set METRICS_TOKEN to serve them.\n' },
  refused: {
    status: 401,
    headers: { ...textHeaders, 'www-authenticate': 'Bearer realm="metrics"' },
    body: 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".\n',
  },
} as const;

/**
 * /metrics in Prometheus's text format, for a scraper holding METRICS_TOKEN: answered before Next.js (lib/http/front-door.ts),
 * without a session or a log line. False when the request is not for it.
 */
export function answerMetrics(request: IncomingMessage, response: ServerResponse): boolean {
  const path = (request.url ?? '/').split('?', 1)[0];
  if ((request.method !== 'GET' && request.method !== 'HEAD') || path !== metricsPath) return false;
  const access = metricsAccess(request.headers.authorization);
  if (access !== 'allowed') {
    const { status, headers, body } = refusals[access];
    response.writeHead(status, headers).end(body);
    return true;
  }
  const { registry } = appMetrics();
  registry.metrics().then(
    (text) => response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text),
    (error: unknown) => {
      logger().error({ err: error }, 'Collecting metrics failed.');
      response.writeHead(500, textHeaders).end('The metrics could not be collected; the server log says why.\n');
    },
  );
  return true;
}
