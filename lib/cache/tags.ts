/**
 * The tag of everything stored for one address: what Next.js's revalidatePath() revalidates
 * (NEXT_CACHE_IMPLICIT_TAG_ID), so the app's own revalidation and Next.js's reach the same entries.
 */
export function pathTag(path: string): string {
  return `_N_T_${path}`;
}

/** The tag every reader page carries besides its address's: revalidating it supersedes them all (a breaking banner). */
export const readerPagesTag = 'dateline-reader-pages';

/**
 * The address a Next.js cache key stores: `/route-cache/<kind>/<hash of the route>/$<address>`
 * (next/dist/server/lib/route-cache-key.js); a key in any other form is taken to be the address itself.
 */
export function cachedPath(key: string): string {
  return /^\/route-cache\/[^/]+\/[^/]+\/\$(\/.*)$/u.exec(key)?.[1] ?? key;
}
