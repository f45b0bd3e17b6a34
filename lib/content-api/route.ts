import '#server-only';
import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { z } from 'zod';
import { spendAllowance } from '@/lib/actions/access';
import { voiceOf } from '@/lib/actions/failure';
import type { RouteContext } from '@/lib/actions/define-route';
import type { Database } from '@/lib/db/client';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { authenticateApiKey, type ApiKeyHolder } from './keys';
import { contentApiMessages } from './messages';

const contentApiVoice = voiceOf(contentApiMessages);

/** What every content API route declares (lib/actions/define-route.ts): public to the contract, each handler checks the key. */
export const contentApiRoute = { access: 'public', voice: () => contentApiVoice } as const;

/**
 * A client may keep an answer a minute; the proxy keeps it a few seconds for each key (deploy/nginx.conf). Private:
 * no cache but ours shares an answer between keys, so a revoked key is refused within the proxy's few seconds.
 */
export const contentApiCacheControl = 'private, max-age=60';

// One limiter per allowance, shared by the keys that have it; each key counts on its own id.
const limiters = new Map<number, RateLimiterAbstract>();

function limiterFor(requestsPerMinute: number): RateLimiterAbstract {
  let limiter = limiters.get(requestsPerMinute);
  if (!limiter) {
    limiter = createSharedLimiter({ keyPrefix: `content-api-${requestsPerMinute}`, points: requestsPerMinute, duration: 60 });
    limiters.set(requestsPerMinute, limiter);
  }
  return limiter;
}

/** `If-None-Match` names this version: a list, or `*`, weak or strong alike (RFC 9110, 13.1.2). */
function holdsVersion(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag);
}

/** The answer in JSON with its ETag, or 304 when the client holds it already. */
export function versionedJson(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const headers = { 'Cache-Control': contentApiCacheControl, ETag: etag, Vary: 'Authorization' };
  if (holdsVersion(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * A content API answer: the key (401 without a live one, checked on the primary so a revocation counts at once),
 * its allowance (429 with Retry-After), then the data, read from a replica where there is one and built through
 * its answer schema, the one the OpenAPI document describes.
 */
export async function answerWithKey<S extends z.ZodType>(
  { db, request }: Pick<RouteContext<unknown, null>, 'db' | 'request'>,
  answer: S,
  load: (db: Database) => Promise<z.input<S>>,
): Promise<Response> {
  const holder = await authenticateApiKey(db, request);
  await spendAllowance({ limiter: () => limiterFor(holder.requestsPerMinute), key: (key: ApiKeyHolder) => key.id }, holder);
  return versionedJson(request, answer.parse(await load(getReadDatabase())));
}
