import '#server-only';
import type { Database } from '@/lib/db/client';
import { watchScheduledChanges } from '@/lib/site/scheduled-changes';
import { nextBreakingChange } from './banner';

/** Watches breaking banners alone (the server watches them with the ads: lib/site/scheduled-changes.ts). */
export function watchBreakingChanges(options: { db: Database; changed: () => Promise<void>; everyMs: number }): () => void {
  return watchScheduledChanges({ ...options, nextChanges: [nextBreakingChange] });
}
