import type { PageCache } from './page-cache';
import { existingProcessSingleton, processSingleton } from '@/lib/runtime/singleton';

// Next.js loads its cacheHandler outside the bundle, the app's own code is bundled: two copies of the cache's modules
// in one process, which reach the same cache (and the same Redis connection) as one process singleton. This module
// imports nothing else, so the error page, which is bundled for browsers too, can read it.
const name = 'pageCache';

export function processPageCacheMadeBy(create: () => PageCache): PageCache {
  return processSingleton(name, create);
}

/** The page cache, if this process has one already (the error page must not make one). */
export function existingPageCache(): PageCache | undefined {
  return existingProcessSingleton<PageCache>(name);
}
