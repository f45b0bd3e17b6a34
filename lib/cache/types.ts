import type { OutgoingHttpHeaders } from 'node:http';

/**
 * What Next.js hands its cache handler (next/dist/server/response-cache/types.d.ts), as far as this cache
 * looks into it: pages carry their tags in a header, fetches in `tags`; everything else is stored as is.
 * DATA is the app's own: a response it caches itself (the first pages of comment lists), with its tags.
 */
export type CacheValue =
  | {
      kind: 'APP_PAGE';
      html: string;
      rscData?: Buffer;
      segmentData?: Map<string, Buffer>;
      headers?: OutgoingHttpHeaders;
      status?: number;
      postponed?: string;
    }
  | { kind: 'APP_ROUTE' | 'PAGES'; headers?: OutgoingHttpHeaders; [field: string]: unknown }
  | { kind: 'FETCH'; tags?: string[]; [field: string]: unknown }
  | { kind: 'DATA'; tags: string[]; body: Buffer; etag: string }
  | { kind: 'REDIRECT' | 'IMAGE'; [field: string]: unknown };

/** How long an entry stays fresh (`revalidate`) and usable at all (`expire`), in seconds. */
export type CacheControl = { revalidate: number | false; expire?: number };

/** One stored response or fetch: Next.js judges staleness from `lastModified` and `cacheControl`. */
export type CacheEntry = { lastModified: number; value: CacheValue | null; cacheControl?: CacheControl };
