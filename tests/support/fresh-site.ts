/**
 * The site as a reader meets it, for browser tests and Lighthouse: the production build (run
 * `next build` first) on a fresh, migrated and seeded database of its own, removed again on SIGTERM.
 * Listens on E2E_PORT (default 3210).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDatabase } from '@/prisma/seed/seed';
import { createTestDatabase } from './database';
import { testStaffPasswordEnv } from './staff-credentials';

const port = process.env.E2E_PORT ?? '3210';
const database = await createTestDatabase('e2e');
const mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-e2e-media-'));

async function cleanUp() {
  await database.drop();
  await rm(mediaDir, { recursive: true, force: true });
}

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  MEDIA_DIR: mediaDir,
  IP_HASH_SECRET: randomBytes(32).toString('hex'),
  NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  ...testStaffPasswordEnv,
  SITE_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

try {
  await applyMigrations(database.url);
  const db = createDatabase(database.url);
  process.env.MEDIA_DIR = mediaDir;
  await seedDatabase(db, env);
  await db.$disconnect();
} catch (error) {
  await cleanUp();
  throw error;
}

const server = spawn('node_modules/.bin/next', ['start', '-p', port], { env, stdio: 'inherit' });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await cleanUp();
  process.exit(0);
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', stop);
