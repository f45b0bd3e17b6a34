import type { Instrumentation } from 'next';
import { isDatabaseUnavailableDigest } from '@/lib/db/unavailable';
import { dropConsoleReport } from './console';
import { logger } from './logger';

/**
 * A request Next.js could not answer (instrumentation.ts): one line with the request's id, the route's pattern (never
 * the address, which may carry a query) and the error's digest, the number the newsroom's error page shows. A
 * database outage is a warning without a stack: every page asked for while it lasts would repeat the same one.
 */
export function logRequestError(...[error, request, context]: Parameters<Instrumentation.onRequestError>): void {
  dropConsoleReport(error);
  const requestId = request.headers['x-request-id'];
  const fields = {
    requestId: typeof requestId === 'string' ? requestId : undefined,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    digest: error instanceof Error ? (error as { digest?: string }).digest : undefined,
  };
  if (isDatabaseUnavailableDigest(error)) logger().warn(fields, 'The database could not be reached for this request');
  else logger().error({ ...fields, err: error }, 'The request failed');
}
