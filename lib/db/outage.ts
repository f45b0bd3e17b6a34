import { Prisma } from './generated/client';
import { DatabaseUnavailableError } from './unavailable';

/** P1001 and kin: the server is down, refusing connections or out of them. */
const unreachableCodes = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);
/** The same, as the driver adapter reports it for a raw query (P2010). */
const unreachableAdapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

function adapterErrorKind(error: Prisma.PrismaClientKnownRequestError): unknown {
  const adapterError = error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined;
  return adapterError?.cause?.kind;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return unreachableCodes.has(error.code) || (error.code === 'P2010' && unreachableAdapterKinds.has(String(adapterErrorKind(error))));
}

/** Since an outage was last seen, server errors are reported as 503 (lib/db/outage-status.ts). */
const outageWindowMs = 10_000;
const outage = globalThis as unknown as { datelineDatabaseOutageAt?: number };

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return outage.datelineDatabaseOutageAt !== undefined && now - outage.datelineDatabaseOutageAt < outageWindowMs;
}

/**
 * A reader page's query, passed through: when the database cannot be reached it notes the outage (so the
 * response becomes a 503) and fails with DatabaseUnavailableError, which the error pages explain.
 */
export async function readerQuery<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    outage.datelineDatabaseOutageAt = Date.now();
    throw new DatabaseUnavailableError({ cause: error });
  }
}
