import { processSingleton } from '@/lib/runtime/singleton';

/**
 * When this process last found the database unreachable. Kept apart from the Prisma-aware checks (lib/db/outage.ts)
 * so the app's own server, built outside Next.js, reads it without loading a second Prisma client.
 */
const lastSeen = () => processSingleton('databaseOutageSeen', () => ({ at: undefined as number | undefined }));

/** For this long after an outage was last seen, a failure nothing explained is taken for it (lib/http/outage-response.ts). */
const outageWindowMs = 10_000;

export function noteDatabaseOutage(now = Date.now()): void {
  lastSeen().at = now;
}

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  const { at } = lastSeen();
  return at !== undefined && now - at < outageWindowMs;
}
