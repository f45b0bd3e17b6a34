import { ServerResponse } from 'node:http';
import { databaseRecentlyUnavailable } from './outage';

/** How long a reader or crawler should wait before asking again. */
const retryAfterSeconds = 30;

/**
 * Next.js answers a page whose render failed with 500 and has no way for a page to choose another status
 * (its notFound/forbidden/unauthorized are the only ones). While the database is out, such failures are a
 * temporary unavailability, not a bug: this rewrites the status as the response head is written, so readers,
 * crawlers and the proxy in front see 503 with Retry-After. Cached pages never fail, so they keep their 200.
 * Installed once per server process (instrumentation.ts).
 */
export function reportOutagesAs503(): void {
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && databaseRecentlyUnavailable()) {
      this.setHeader('Retry-After', String(retryAfterSeconds));
      return writeHead.call(this, 503, ...(rest as []));
    }
    return writeHead.call(this, statusCode, ...(rest as []));
  } as typeof writeHead;
}
