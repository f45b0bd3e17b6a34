import { BackupError } from './backup-files';

/**
 * The libpq settings (PGHOST, PGPASSWORD…) for a `postgresql://` URL, so that pg_dump and pg_restore get the password
 * through their environment instead of their command line, which every user of the machine can read. Only what libpq
 * knows is passed on: DATABASE_URL may also carry the app's own parameters, which libpq would refuse.
 */
export function libpqEnvironment(databaseUrl: string): Record<string, string> {
  const url = parseDatabaseUrl(databaseUrl);
  const settings: Record<string, string | undefined> = {
    PGHOST: url.searchParams.get('host') ?? (url.hostname ? decodeURIComponent(url.hostname.replace(/^\[(.*)\]$/, '$1')) : undefined),
    PGPORT: url.port || url.searchParams.get('port') || undefined,
    PGUSER: url.username ? decodeURIComponent(url.username) : (url.searchParams.get('user') ?? undefined),
    PGPASSWORD: url.password ? decodeURIComponent(url.password) : (url.searchParams.get('password') ?? undefined),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)) || undefined,
    PGSSLMODE: url.searchParams.get('sslmode') ?? undefined,
    PGSSLROOTCERT: url.searchParams.get('sslrootcert') ?? undefined,
    PGSSLCERT: url.searchParams.get('sslcert') ?? undefined,
    PGSSLKEY: url.searchParams.get('sslkey') ?? undefined,
    PGCONNECT_TIMEOUT: url.searchParams.get('connect_timeout') ?? undefined,
  };
  return Object.fromEntries(Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The same server's URL for another database: where `--into-database` restores to. */
export function urlForDatabase(databaseUrl: string, database: string): string {
  const url = parseDatabaseUrl(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function parseDatabaseUrl(databaseUrl: string): URL {
  if (!URL.canParse(databaseUrl) || !/^postgres(?:ql)?:$/.test(new URL(databaseUrl).protocol)) {
    throw new BackupError('DATABASE_URL is not a postgresql:// address.');
  }
  return new URL(databaseUrl);
}
