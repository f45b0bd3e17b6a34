import { createDatabase, getDatabase, type Database } from './client';

// One replica client per process, kept across dev reloads like the primary's.
const globalForReplica = globalThis as unknown as { datelineReplicaDb?: Database };

/**
 * The client for readers' read-only queries: a read replica when DATABASE_REPLICA_URL is set, else the
 * primary. Anything that must see a write it just made (staff pages, posting) uses getDatabase().
 */
export function getReadDatabase(): Database {
  const url = process.env.DATABASE_REPLICA_URL;
  if (!url) return getDatabase();
  globalForReplica.datelineReplicaDb ??= createDatabase(url);
  return globalForReplica.datelineReplicaDb;
}
