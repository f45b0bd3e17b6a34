import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Database = PrismaClient;

export function createDatabase(url: string | undefined = process.env.DATABASE_URL): Database {
  if (!url) throw new Error('DATABASE_URL is not set');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { datelineDb?: Database };

export function getDatabase(): Database {
  globalForDb.datelineDb ??= createDatabase();
  return globalForDb.datelineDb;
}
