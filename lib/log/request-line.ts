import type { RequestOutcome } from '@/lib/http/request-outcome';
import { processSingleton } from '@/lib/runtime/singleton';
import { logger } from './logger';

export type RequestLine = {
  level: 'error' | 'info' | 'debug';
  fields: {
    requestId: string;
    method: string;
    routeGroup: RequestOutcome['routeGroup'];
    status: number;
    durationMs: number;
    cache?: RequestOutcome['cache'];
  };
  message: string;
};

/**
 * A request's line in the log: an error when the server failed it, a debug line for a script, style or photo
 * (thousands a minute, and nothing to act on), else info; 4xx are routine (a missing page, a refused comment).
 */
export function requestLine({ id, method, routeGroup, status, durationSeconds, cache }: RequestOutcome): RequestLine {
  const level = status >= 500 ? 'error' : routeGroup === 'asset' ? 'debug' : 'info';
  return {
    level,
    fields: { requestId: id, method, routeGroup, status, durationMs: Math.round(durationSeconds * 10_000) / 10, ...(cache && { cache }) },
    message: `${method} ${routeGroup} ${status}`,
  };
}

/**
 * The request lines' logger: the process's, without its redaction. A request line holds only the fields above, none of
 * them a secret, and the safety net's wildcard paths cost about 55 µs a line, a twentieth of a cached page's time.
 */
const requestLogger = () => processSingleton('requestLogger', () => logger().child({}, { redact: [] }));

export function logRequest(outcome: RequestOutcome): void {
  const { level, fields, message } = requestLine(outcome);
  requestLogger()[level](fields, message);
}
