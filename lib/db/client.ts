import '#server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/client';

export type Database = PrismaClient;

/**
 * A new client: with its own connection pool for an address, or on the pool given (which it closes with
 * `$disconnect`). The server's own are in lib/runtime/database.ts.
 */
export function createDatabase(source: string | pg.Pool | undefined = process.env.DATABASE_URL): Database {
  if (!source) throw new Error('DATABASE_URL is not set');
  const adapter =
    typeof source === 'string' ? new PrismaPg({ connectionString: source }) : new PrismaPg(source, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}
