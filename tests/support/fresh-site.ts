/**
 * The site as a reader meets it, for browser tests and Lighthouse: the production build (run
 * `next build` first) on a fresh, migrated and seeded database of its own, removed again on SIGTERM.
 * Listens on E2E_PORT (default 3210).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './database';
import { appServerFile } from '@/scripts/build-server-modules';
import { prepareSiteDatabase, siteEnv } from './site-server';

const port = process.env.E2E_PORT ?? '3210';
const database = await createTestDatabase('e2e');
const mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-e2e-media-'));

async function cleanUp() {
  await database.drop();
  await rm(mediaDir, { recursive: true, force: true });
}

// REDIS_URL and REDIS_KEY_PREFIX, when set, come from the test runner's environment (playwright.config.ts).
const env = siteEnv({ port, databaseUrl: database.url, mediaDir });

try {
  await prepareSiteDatabase(env);
} catch (error) {
  await cleanUp();
  throw error;
}

const server = spawn(process.execPath, [appServerFile], { env, stdio: 'inherit' });

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
