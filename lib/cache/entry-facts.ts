import type { CacheControl, CacheEntry } from './types';

/** The response header in which Next.js lists a page's or route's tags (`_N_T_/ko/articles/…` for its path). */
const tagsHeader = 'x-next-cache-tags';

/** Longest an entry is kept: a page nobody asked for in a day is rendered anew rather than kept forever. */
export const maxLifetimeSeconds = 24 * 60 * 60;

/** The tags whose revalidation makes the entry stale: its own, plus those the request adds for fetches. */
export function entryTags(entry: CacheEntry, requestTags: readonly string[]): string[] {
  const value = entry.value;
  if (!value) return [...requestTags];
  if (value.kind === 'FETCH' || value.kind === 'DATA') return [...(value.tags ?? []), ...requestTags];
  if (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE' || value.kind === 'PAGES') {
    const header = value.headers?.[tagsHeader];
    if (typeof header === 'string' && header) return [...header.split(','), ...requestTags];
  }
  return [...requestTags];
}

/** How long the shared store keeps an entry: until it expires (when Next.js would render it anew anyway), at most a day. */
export function lifetimeSeconds(cacheControl: CacheControl | undefined): number {
  const expire = cacheControl?.expire;
  return typeof expire === 'number' && expire > 0 ? Math.min(Math.ceil(expire), maxLifetimeSeconds) : maxLifetimeSeconds;
}

/** Roughly the bytes an entry holds, to bound the in-process copy. */
export function entrySize(key: string, entry: CacheEntry): number {
  const value = entry.value;
  if (!value) return key.length + 32;
  let size = key.length;
  if (value.kind === 'APP_PAGE') {
    size += value.html.length + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    for (const [segment, data] of value.segmentData ?? []) size += segment.length + data.length;
    return size;
  }
  for (const field of Object.values(value)) {
    if (typeof field === 'string') size += field.length;
    else if (field instanceof Uint8Array) size += field.byteLength;
    else if (field && typeof field === 'object') size += JSON.stringify(field)?.length ?? 0;
  }
  return size;
}
