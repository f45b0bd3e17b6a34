import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getRedis, redisKeyPrefix } from '@/lib/rate-limit/redis';
import { PageCache } from './page-cache';

/** The in-process copy's bound when none is given (Next.js's own default for `cacheMaxMemorySize`). */
const defaultMaxMemoryBytes = 50 * 1024 * 1024;

/** The build's id (from `.next/BUILD_ID`), which scopes every stored page to the build that rendered it. */
function currentBuildId(): string {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unbuilt';
  }
}

// Next.js loads its cacheHandler outside the bundle, the app's own code is bundled: two copies of this module in one
// process. The cache lives on globalThis so that both reach the same one (and the same Redis connection).
const processGlobal = globalThis as unknown as { datelinePageCache?: PageCache };

/** This process's page cache: in Redis when REDIS_URL is set, shared by every app server; in this process otherwise. */
export function processPageCache(maxMemoryBytes = defaultMaxMemoryBytes): PageCache {
  const url = process.env.REDIS_URL;
  processGlobal.datelinePageCache ??= new PageCache({
    redis: url ? getRedis(url) : null,
    prefix: redisKeyPrefix(),
    buildId: currentBuildId(),
    maxMemoryBytes,
  });
  return processGlobal.datelinePageCache;
}
