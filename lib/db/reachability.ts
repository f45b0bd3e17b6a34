import '#server-only';
import pg from 'pg';

/** The database cannot be connected to; the message is one line, fit to show as is. */
export class DatabaseUnreachableError extends Error {}

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Connects once and runs a trivial query. `source` says where the URL came from (e.g. "DATABASE_URL")
 * so the message points at what to fix. Messages never include the URL's password.
 */
export async function assertDatabaseReachable(url: string, source: string): Promise<void> {
  const where = describeServer(url, source);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // A server dropping the connection later must not crash the caller.
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseUnreachableError(`Cannot reach the database at ${where}: ${describeFailure(error)}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

function describeServer(url: string, source: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUnreachableError(`${source} is not a valid URL; expected postgresql://user:password@host:port/database.`);
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new DatabaseUnreachableError(`${source} must start with postgresql:// (it starts with ${parsed.protocol}//).`);
  }
  return `${parsed.hostname || 'localhost'}:${parsed.port || 5432} (${source})`;
}

function describeFailure(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    case 'ETIMEDOUT':
      return 'connection timed out';
  }
  if (message?.includes('timeout')) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  const text = (message ?? String(error)).replace(/\s+/g, ' ').replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
