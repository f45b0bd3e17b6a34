import { ServerResponse, type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders } from 'node:http';
import { databaseRecentlyUnavailable } from '@/lib/db/outage-window';
import { databaseUnavailableRetryAfterSeconds } from '@/lib/db/unavailable';

type Headers = OutgoingHttpHeaders | OutgoingHttpHeader[];

/**
 * The responses of the app's server (lib/http/server.ts). What knows the database is out answers 503 itself: reader
 * pages (their loaders and pages/_error.tsx), the reader API adapter, the newsroom's action and route wrappers. What
 * cannot is left: an App Router page has no way to choose its status (its error boundary is rendered after it), so
 * a newsroom page that failed for the outage is a 500 from Next.js. A 500 written while this process saw the
 * database unreachable in the last seconds is sent as what it is, 503 with Retry-After, so proxies and monitors read
 * a wait rather than a bug.
 */
export class OutageAwareResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  override writeHead(statusCode: number, statusMessage?: string, headers?: Headers): this;
  override writeHead(statusCode: number, headers?: Headers): this;
  override writeHead(statusCode: number, messageOrHeaders?: string | Headers, headers?: Headers): this {
    const [message, fields] = typeof messageOrHeaders === 'string' ? [messageOrHeaders, headers] : [undefined, messageOrHeaders];
    if (statusCode === 500 && databaseRecentlyUnavailable()) {
      this.setHeader('Retry-After', String(databaseUnavailableRetryAfterSeconds));
      // A reason phrase given with the 500 would misname the 503: Node.js writes the standard one.
      return super.writeHead(503, fields);
    }
    return message === undefined ? super.writeHead(statusCode, fields) : super.writeHead(statusCode, message, fields);
  }
}
