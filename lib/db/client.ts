import '#server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Database = PrismaClient;

/** A new client with its own connection pool; the server's own are in lib/runtime/database.ts. */
export function createDatabase(url: string | undefined = process.env.DATABASE_URL): Database {
  if (!url) throw new Error('DATABASE_URL is not set');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
