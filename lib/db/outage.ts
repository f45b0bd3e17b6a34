import '#server-only';
import { Prisma } from './generated/client';
import { noteDatabaseOutage } from './outage-window';
import { DatabaseUnavailableError, isDatabaseUnavailableDigest } from './unavailable';

/** P1001 and kin: the server is down, refusing connections or out of them. */
const unreachableCodes = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);
/** The same, as the driver adapter reports it for a raw query (P2010). */
const unreachableAdapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

function adapterErrorKind(error: Prisma.PrismaClientKnownRequestError): unknown {
  const adapterError = error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined;
  return adapterError?.cause?.kind;
}

/** Prisma's own error says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return unreachableCodes.has(error.code) || (error.code === 'P2010' && unreachableAdapterKinds.has(String(adapterErrorKind(error))));
}

/**
 * The error, or one it was caused by, means the database cannot be reached: Prisma's error, or the
 * DatabaseUnavailableError a reader page's query became. A wrapper that catches errors answers these with 503 and
 * Retry-After (`databaseUnavailableRetryAfterSeconds`), not 500.
 */
export function isDatabaseOutage(error: unknown): boolean {
  for (let each = error, depth = 0; each instanceof Error && depth < 5; each = each.cause, depth++) {
    if (isDatabaseUnavailable(each) || isDatabaseUnavailableDigest(each)) return true;
  }
  return false;
}

/**
 * A reader page's query, passed through: when the database cannot be reached it notes the outage and fails with
 * DatabaseUnavailableError, which the error page answers with 503 (pages/_error.tsx).
 */
export async function readerQuery<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseOutage();
    throw new DatabaseUnavailableError({ cause: error });
  }
}
