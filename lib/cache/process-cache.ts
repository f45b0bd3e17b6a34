import '#server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getRedis, redisKeyPrefix } from '@/lib/runtime/redis';
import { PageCache } from './page-cache';
import { processPageCacheMadeBy } from './process-global';

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

/** This process's page cache: in Redis when REDIS_URL is set, shared by every app server; in this process otherwise. */
export function processPageCache(maxMemoryBytes = defaultMaxMemoryBytes): PageCache {
  const url = process.env.REDIS_URL;
  return processPageCacheMadeBy(
    () => new PageCache({ redis: url ? getRedis(url) : null, prefix: redisKeyPrefix(), buildId: currentBuildId(), maxMemoryBytes }),
  );
}
