import type { PageCache } from './page-cache';

// Next.js loads its cacheHandler outside the bundle, the app's own code is bundled: two copies of the cache's modules
// in one process. The cache lives on globalThis so that both reach the same one (and the same Redis connection).
// This module imports nothing, so the error page, which is bundled for browsers too, can read it.
export const processGlobal = globalThis as unknown as { datelinePageCache?: PageCache };
