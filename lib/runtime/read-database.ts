import '#server-only';
import { createDatabase, type Database } from '@/lib/db/client';
import { processDatabasePool } from '@/lib/db/pool';
import { getDatabase } from './database';
import { processSingleton } from './singleton';

/**
 * The client for readers' read-only queries: a read replica when DATABASE_REPLICA_URL is set, else the
 * primary. Anything that must see a write it just made (staff pages, posting) uses getDatabase().
 */
export function getReadDatabase(): Database {
  if (!process.env.DATABASE_REPLICA_URL) return getDatabase();
  return processSingleton('replicaDatabase', () => createDatabase(processDatabasePool('replica')));
}
