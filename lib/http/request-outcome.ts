import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrustedProxies } from '@/lib/security/client-address';

/**
 * What the app's server knows of a request once it is answered: the one record both the request log and the metrics
 * are made from (lib/http/front-door.ts watches every request that reaches Next.js). Only the route group is kept of
 * the address, never the path with its query string: a search, a reset token or an article's slug stay out of both.
 */
export type RouteGroup = 'reader-page' | 'reader-api' | 'comment-api' | 'content-api' | 'staff' | 'asset';

export type RequestOutcome = {
  id: string;
  method: string;
  routeGroup: RouteGroup;
  /** 0 when the client went away before an answer was sent. */
  status: number;
  durationSeconds: number;
  /** Next.js's page cache for this answer (`x-nextjs-cache`): hit, stale or miss; absent when the page is not cached. */
  cache?: 'hit' | 'stale' | 'miss';
};

const routeGroups: readonly [RegExp, RouteGroup][] = [
  [/^\/api\/(articles\/[^/]+\/comments|comments)(\/|$)/, 'comment-api'],
  [/^\/api\/v1(\/|$)/, 'content-api'],
  [/^\/(admin|api\/admin|api\/auth|api\/staff)(\/|$)/, 'staff'],
  [/^\/api\//, 'reader-api'],
  [/^\/(_next|media|islands)\/|^\/(favicon\.ico|robots\.txt|sitemap\.xml|news-sitemap\.xml)$/, 'asset'],
];

/** The part of the site a path belongs to; everything not named above is a reader page (front, articles, lists, feeds). */
export function routeGroupOf(path: string): RouteGroup {
  return routeGroups.find(([pattern]) => pattern.test(path))?.[1] ?? 'reader-page';
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The request's id: the one a trusted proxy gave it (nginx's `$request_id`, so its access log and ours agree), else a
 * new one. A client's own header is not believed: anyone could make their request share an id with someone else's.
 */
export function requestIdOf(request: IncomingMessage, proxies: TrustedProxies): string {
  const given = request.headers['x-request-id'];
  const fromProxy = request.socket.remoteAddress !== undefined && proxies.trusts(request.socket.remoteAddress, 0);
  return fromProxy && typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
}

function cacheOf(response: ServerResponse): RequestOutcome['cache'] {
  const header = String(response.getHeader('x-nextjs-cache') ?? '').toLowerCase();
  return header === 'hit' || header === 'stale' || header === 'miss' ? header : undefined;
}

/**
 * Gives the request its id (in `X-Request-Id`, both ways: the pages behind read it from the request, the client gets
 * it with the answer) and calls `finished` once with the outcome, when the answer is sent or the client has gone.
 */
export function watchRequest(
  request: IncomingMessage,
  response: ServerResponse,
  proxies: TrustedProxies,
  finished: (outcome: RequestOutcome) => void,
): void {
  const started = process.hrtime.bigint();
  const id = requestIdOf(request, proxies);
  request.headers['x-request-id'] = id;
  response.setHeader('X-Request-Id', id);
  const routeGroup = routeGroupOf((request.url ?? '/').split('?', 1)[0]!);
  let reported = false;
  const report = () => {
    if (reported) return;
    reported = true;
    finished({
      id,
      method: request.method ?? 'GET',
      routeGroup,
      status: response.writableFinished ? response.statusCode : 0,
      durationSeconds: Number(process.hrtime.bigint() - started) / 1e9,
      cache: cacheOf(response),
    });
  };
  response.once('finish', report);
  response.once('close', report);
}
