import { gunzipSync } from 'node:zlib';
import type { StoredJson } from '@/lib/cache/cached-json';

/**
 * A cached JSON answer as a browser gets it: compressed as it is stored when the browser takes gzip (nearly all
 * do; nothing is compressed per request), 304 when it already holds this version.
 */
export function storedJsonResponse(request: Request, stored: StoredJson, cacheControl: string): Response {
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': cacheControl, ETag: stored.etag, Vary: 'Accept-Encoding' };
  if (request.headers.get('if-none-match') === stored.etag) return new Response(null, { status: 304, headers });
  if (/\bgzip\b/iu.test(request.headers.get('accept-encoding') ?? '')) {
    return new Response(new Uint8Array(stored.gzip), { headers: { ...headers, 'Content-Encoding': 'gzip' } });
  }
  return new Response(new Uint8Array(gunzipSync(stored.gzip)), { headers });
}
