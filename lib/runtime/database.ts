import '#server-only';
import { createDatabase, type Database } from '@/lib/db/client';
import { processDatabasePool } from '@/lib/db/pool';
import { processSingleton } from './singleton';

/** The process's client of DATABASE_URL: one connection pool, however many routes and reloads. */
export function getDatabase(): Database {
  return processSingleton('database', () => createDatabase(processDatabasePool('primary')));
}
