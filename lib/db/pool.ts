import pg from 'pg';
import { existingProcessSingleton, processSingleton } from '@/lib/runtime/singleton';

// Kept apart from the Prisma client (lib/runtime/database.ts) so the metrics can read the pool's counts from the app's
// server bundle (build/server.mjs), which must not load the generated client.
const name = 'databasePool';

/** The process's connection pool of DATABASE_URL, the one the app's Prisma client queries through. */
export function processDatabasePool(): pg.Pool {
  return processSingleton(name, () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    return new pg.Pool({ connectionString: url });
  });
}

/** That pool, if this process has made it (the metrics never make one). */
export function existingDatabasePool(): pg.Pool | undefined {
  return existingProcessSingleton<pg.Pool>(name);
}
