import '#server-only';
import pg from 'pg';
import { BackupError } from './backup-files';
import { libpqEnvironment } from './libpq-environment';
import { runPipeline, runTool } from './run-tool';

/** `pg_dump --format=custom` of the database at `databaseUrl`: compressed, and pg_restore can pick from it. */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<void> {
  await runTool('pg_dump', ['--format=custom', '--file', file], {
    env: libpqEnvironment(databaseUrl),
    failure: 'pg_dump could not back up the database.',
  });
}

/** Refuses a file pg_restore cannot read, before anything is restored. */
export async function checkDump(file: string): Promise<void> {
  await runTool('pg_restore', ['--list', file], { failure: `${file} is not a readable pg_dump archive.` });
}

// The restore starts from an empty public schema, with the owner and access a new database has (PostgreSQL 15), so
// that tables a later migration added do not outlive it: pg_restore --clean drops only what the dump holds, and would
// leave them behind, next to a _prisma_migrations that no longer lists their migration.
const EMPTY_SCHEMA = `SET client_min_messages = warning;
DROP SCHEMA public CASCADE;
CREATE SCHEMA public;
ALTER SCHEMA public OWNER TO pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
`;

/**
 * Replaces the database's contents with the dump's, tables and `_prisma_migrations` alike, in one transaction: a
 * restore that fails half-way leaves the database as it was. pg_restore writes the dump as SQL, psql runs it after
 * emptying the schema. Objects end up owned by the connecting role, which must own the database.
 */
export async function restoreDump(file: string, databaseUrl: string): Promise<void> {
  await runPipeline(
    { command: 'pg_restore', args: ['--no-owner', '--file=-', file], failure: `pg_restore could not read ${file}.` },
    {
      command: 'psql',
      args: ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', '--file=-'],
      env: libpqEnvironment(databaseUrl),
      preamble: EMPTY_SCHEMA,
      failure: 'The restore failed and changed nothing.',
    },
  );
}

/**
 * An app instance still connected would hold locks the restore waits for, and would go on writing into what is
 * being replaced: refuse until they are stopped.
 */
export async function assertNoOtherSessions(databaseUrl: string): Promise<void> {
  const others = await query<{ application_name: string; client_addr: string | null }>(
    databaseUrl,
    `select application_name, client_addr::text from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  if (others.length === 0) return;
  const who = others.map((row) => row.application_name || row.client_addr || 'local').join(', ');
  throw new BackupError(
    `${others.length} other connection(s) to ${databaseName(databaseUrl)} are open (${who}): stop every app instance (systemctl stop 'dateline@*') before restoring over it.`,
  );
}

/** `--into-database` fills a database made for the purpose; one that already holds tables is refused, not cleared. */
export async function assertEmptyDatabase(databaseUrl: string): Promise<void> {
  const [{ tables } = { tables: 0 }] = await query<{ tables: number }>(
    databaseUrl,
    `select count(*)::int as tables from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`,
  );
  if (tables > 0)
    throw new BackupError(`The database ${databaseName(databaseUrl)} already holds ${tables} table(s): restore into an empty one.`);
}

async function query<Row extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect().catch((error: Error) => {
    throw new BackupError(`Cannot connect to the database ${databaseName(databaseUrl)}: ${error.message}.`);
  });
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

function databaseName(databaseUrl: string): string {
  return libpqEnvironment(databaseUrl).PGDATABASE ?? 'postgres';
}
