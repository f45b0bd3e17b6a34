/**
 * `npm start`: the one command that runs Dateline on a fresh machine. Uses DATABASE_URL if set,
 * otherwise a PostgreSQL kept in var/postgres; migrates, seeds an empty database, builds once, serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LocalSecretsError, ensureLocalSecrets } from '@/lib/config/local-secrets';
import { EmbeddedPostgresError, embeddedDefaults, startEmbeddedPostgres, type EmbeddedPostgresServer } from '@/lib/db/embedded';
import { MigrationError, applyMigrations } from '@/lib/db/migrate';
import { DatabaseUnreachableError, assertDatabaseReachable } from '@/lib/db/reachability';
import { BuildError, buildIfChanged } from './build';
import { appServerFile } from './build-server-modules';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const SECRETS_FILE = path.join(PROJECT_ROOT, 'var', 'secrets.json');

/** A problem with this machine or the configuration: its message alone is shown. */
class StartupError extends Error {}
const USER_ERRORS = [StartupError, BuildError, LocalSecretsError, DatabaseUnreachableError, EmbeddedPostgresError, MigrationError];

const running: { database?: EmbeddedPostgresServer; child?: ChildProcess } = {};
let shutdown: Promise<never> | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  const port = readPort('PORT', 3000);
  await assertPortFree(port, 'PORT');
  const secrets = ensureLocalSecrets(['IP_HASH_SECRET', 'NEXTAUTH_SECRET'], SECRETS_FILE);
  const databaseUrl = await prepareDatabase();
  // next-auth takes its own address (and whether its cookies need HTTPS) from NEXTAUTH_URL.
  const nextAuthUrl = process.env.NEXTAUTH_URL || process.env.SITE_URL || `http://localhost:${port}`;
  // Two malloc arenas: photo processing frees large buffers from many threads, which glibc's per-thread pools would
  // otherwise keep (deploy/dateline@.service says the same for production).
  const env = {
    MALLOC_ARENA_MAX: '2',
    ...process.env,
    ...secrets,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: nextAuthUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  step('Applying database migrations…');
  await applyMigrations(databaseUrl);
  await seedIfEmpty(databaseUrl, env);
  await buildIfChanged(step, env);
  const exitCode = await serve(port, env);
  await shutDown(exitCode);
}

function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

function readPort(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`${variable} must be a port number between 1 and 65535, not "${raw}".`);
  }
  return port;
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use. Stop the other program or set ${variable}=${port + 1}.`
            : `Cannot listen on port ${port} (${variable}): ${error.code ?? error.message}.`,
        ),
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function prepareDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) {
    await assertDatabaseReachable(process.env.DATABASE_URL, 'DATABASE_URL');
    return process.env.DATABASE_URL;
  }
  const dataDir = path.resolve(PROJECT_ROOT, process.env.EMBEDDED_PG_DIR || embeddedDefaults.dataDir);
  const port = readPort('EMBEDDED_PG_PORT', embeddedDefaults.port);
  await assertPortFree(port, 'EMBEDDED_PG_PORT');
  step(`Starting the local PostgreSQL on port ${port} (data in ${path.relative(PROJECT_ROOT, dataDir) || dataDir})…`);
  running.database = await startEmbeddedPostgres({ dataDir, port, database: 'dateline' });
  if (running.database.created) step('Created a new, empty database cluster.');
  await assertDatabaseReachable(running.database.url, 'embedded PostgreSQL');
  return running.database.url;
}

async function seedIfEmpty(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Imported here so that configuration errors are reported before Prisma and the seed's libraries load.
  const { createDatabase } = await import('@/lib/db/client');
  const { seedDatabase } = await import('@/prisma/seed/seed');
  const db = createDatabase(databaseUrl);
  try {
    const [articles, staff] = await Promise.all([db.article.count(), db.staff.count()]);
    if (articles > 0 || staff > 0) return;
    step('Adding the sample article and staff accounts…');
    const { generatedPasswords } = await seedDatabase(db, env);
    printStaffPasswords(generatedPasswords);
  } finally {
    await db.$disconnect();
  }
}

function printStaffPasswords(accounts: { email: string; role: string; password: string }[]): void {
  if (accounts.length === 0) return;
  const rows = [['Role', 'E-mail', 'Password'], ...accounts.map(({ role, email, password }) => [role, email, password])];
  const width = (column: number) => Math.max(...rows.map((row) => row[column]!.length));
  console.log('\nStaff accounts were created. Their passwords are shown ONLY THIS ONCE; note them now:\n');
  for (const [role, email, password] of rows) console.log(`  ${role!.padEnd(width(0))}  ${email!.padEnd(width(1))}  ${password}`);
  console.log('\nTo choose them yourself, set STAFF_ADMIN_PASSWORD etc. (see .env.example) before the database is first seeded.\n');
}

async function serve(port: number, env: NodeJS.ProcessEnv): Promise<number> {
  const server = run(process.execPath, [appServerFile], { ...env, PORT: String(port) });
  void announceWhenListening(port, server);
  return exited(server);
}

async function announceWhenListening(port: number, server: ChildProcess): Promise<void> {
  while (isAlive(server)) {
    if (await acceptsConnections(port)) {
      console.log(`\nDateline is running at http://localhost:${port}/ (Ctrl-C to stop)\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, 'localhost');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  running.child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  return running.child;
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

function isAlive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Stops the app, then the database, then exits. Safe to call more than once: the first call wins. */
function shutDown(exitCode: number): Promise<never> {
  shutdown ??= (async () => {
    const child = running.child;
    if (child && isAlive(child)) {
      // The app takes up to 10 s for requests in flight, then stops its timers and writes what it holds.
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(killer);
    }
    await running.database?.stop();
    process.exit(exitCode);
  })();
  return shutdown;
}

function step(message: string): void {
  console.log(`› ${message}`);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!shutdown) step('Stopping Dateline…');
    void shutDown(0);
  });
}

main().catch((error: unknown) => {
  const causedByUser = USER_ERRORS.some((type) => error instanceof type);
  console.error(causedByUser ? (error as Error).message : error);
  void shutDown(1);
});
