import pg from 'pg';
import { existingProcessSingleton, processSingleton } from '@/lib/runtime/singleton';

// Kept apart from the Prisma clients (lib/runtime/database.ts, read-database.ts) so the metrics can read the pools'
// counts from the app's server bundle (build/server.mjs), which must not load the generated client.

/** The primary (DATABASE_URL) or the read replica (DATABASE_REPLICA_URL). */
export type DatabaseRole = 'primary' | 'replica';
export const databaseRoles: readonly DatabaseRole[] = ['primary', 'replica'];

const settingOf: Record<DatabaseRole, string> = { primary: 'DATABASE_URL', replica: 'DATABASE_REPLICA_URL' };
const nameOf = (role: DatabaseRole) => `databasePool:${role}`;

/** The process's connection pool of the database in this role, the one the app's Prisma client for it queries through. */
export function processDatabasePool(role: DatabaseRole): pg.Pool {
  return processSingleton(nameOf(role), () => {
    const url = process.env[settingOf[role]];
    if (!url) throw new Error(`${settingOf[role]} is not set`);
    return new pg.Pool({ connectionString: url });
  });
}

/** That pool, if this process has made it (the metrics never make one). */
export function existingDatabasePool(role: DatabaseRole): pg.Pool | undefined {
  return existingProcessSingleton<pg.Pool>(nameOf(role));
}
